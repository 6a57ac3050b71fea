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
