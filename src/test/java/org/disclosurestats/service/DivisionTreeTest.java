package org.disclosurestats.service;

import static org.disclosurestats.service.RollUpTest.SHANDONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.junit.jupiter.api.Test;

/** The division tree is always asked for a year: codes come and go, and children follow their parent of the year. */
class DivisionTreeTest {

    @Test
    void aCodeResolvesOnlyInTheYearsItIsValid() {
        assertTrue(SHANDONG.at("371203", 2019).isPresent());
        assertTrue(SHANDONG.at("371203", 2020).isEmpty());
        assertTrue(SHANDONG.at("370117", 2018).isEmpty());
    }

    @Test
    void childrenAreThoseValidInTheYearInCodeOrder() {
        assertEquals(List.of("370102", "370103"), codes(SHANDONG.children("370100", 2018)));
        assertEquals(List.of("370102", "370103", "370117"), codes(SHANDONG.children("370100", 2020)));
        assertEquals(List.of("370100", "370300", "371200"), codes(SHANDONG.children("370000", 2019)));
        assertEquals(List.of("370100", "370300"), codes(SHANDONG.children("370000", 2020)));
    }

    @Test
    void functionalZonesAreOutsideTheTree() {
        DivisionTree withZone = DivisionTree.of(List.of(RollUpTest.division("370100", Level.PREFECTURE, "370000", null, null),
                RollUpTest.division("370171", Level.ZONE, "370100", null, null)));

        assertTrue(withZone.children("370100", 2020).isEmpty());
        assertTrue(withZone.at("370171", 2020).isPresent());
    }

    @Test
    void findsTheDivisionsOfALevelWithinARegion() {
        Division province = SHANDONG.at("370000", 2020).orElseThrow();

        assertEquals(List.of("370102", "370103", "370117", "370302", "370303", "370304"), codes(SHANDONG.atLevelWithin(Level.COUNTY, province, 2020)));
    }

    @Test
    void findsTheDivisionsOfALevelNationwideInTheYearAsked() {
        assertEquals(List.of("370100", "370300", "371200"), codes(SHANDONG.atLevelWithin(Level.PREFECTURE, null, 2019)));
        assertEquals(List.of("370100", "370300"), codes(SHANDONG.atLevelWithin(Level.PREFECTURE, null, 2020)));
    }

    /** 吐鲁番 in the code list: old and new codes both valid in 2015, the year of change. */
    static final DivisionTree TURPAN = DivisionTree.of(List.of(
            named("650000", "新疆维吾尔自治区", Level.PROVINCE, null, null, null),
            named("652100", "吐鲁番地区", Level.PREFECTURE, "650000", null, 2015),
            named("652101", "吐鲁番市", Level.COUNTY, "652100", null, 2015),
            named("652122", "鄯善县", Level.COUNTY, "652100", null, 2015),
            named("650400", "吐鲁番市", Level.PREFECTURE, "650000", 2015, null),
            named("650402", "高昌区", Level.COUNTY, "650400", 2015, null),
            named("650421", "鄯善县", Level.COUNTY, "650400", 2015, null),
            named("650100", "乌鲁木齐市", Level.PREFECTURE, "650000", null, null)));

    @Test
    void inItsYearOfChangeAnOldCodeCountsAsItsSuccessorAndIsNobodysChild() {
        assertEquals("650400", TURPAN.countedAs("652100", 2015));
        assertEquals("650402", TURPAN.countedAs("652101", 2015)); // renamed: the only code ending and starting there
        assertEquals("650421", TURPAN.countedAs("652122", 2015)); // the same name under the parent's successor
        assertEquals("652100", TURPAN.countedAs("652100", 2014));
        assertEquals(List.of("650100", "650400"), codes(TURPAN.children("650000", 2015)));
        assertEquals(List.of("650100", "652100"), codes(TURPAN.children("650000", 2014)));
        assertEquals(List.of("650402", "650421"), codes(TURPAN.children("650400", 2015)));
        assertEquals(List.of("650100", "650400"), codes(TURPAN.atLevelWithin(Level.PREFECTURE, null, 2015)));
        assertEquals(List.of("650400", "652100"), TURPAN.codesCountedAs("650400", 2015));
        assertEquals(List.of("650400"), TURPAN.codesCountedAs("650400", 2016));
    }

    @Test
    void aNewCodeFollowsItsPredecessorBackToTheYearsBeforeIt() {
        assertEquals("652100", TURPAN.predecessorAt("650400", 2014).orElseThrow().code);
        assertEquals("652122", TURPAN.predecessorAt("650421", 2012).orElseThrow().code);
        assertTrue(TURPAN.predecessorAt("650100", 2014).isEmpty());
        assertTrue(SHANDONG.predecessorAt("370117", 2018).isEmpty(), "钢城区's old parent 莱芜 was abolished, not succeeded: no inference");
    }

    private static Division named(String code, String name, Level level, String parent, Integer from, Integer to) {
        Division d = RollUpTest.division(code, level, parent, from, to);
        d.name = name;
        d.provinceCode = "650000";
        return d;
    }

    private static List<String> codes(List<Division> divisions) {
        return divisions.stream().map(d -> d.code).toList();
    }

    @Test
    void everyPeriodOfACodeOldestFirst() {
        DivisionTree renamed = DivisionTree.of(List.of(RollUpTest.division("652100", Level.PREFECTURE, "650000", 2016, null),
                RollUpTest.division("652100", Level.PREFECTURE, "650000", null, 2015)));

        List<Division> periods = renamed.periodsOf("652100");
        assertEquals(2, periods.size());
        assertEquals(null, periods.get(0).validFrom);
        assertEquals(Short.valueOf((short) 2016), periods.get(1).validFrom);
        assertTrue(renamed.periodsOf("659999").isEmpty());
    }
}
