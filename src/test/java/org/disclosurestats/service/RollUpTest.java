package org.disclosurestats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.projection.RegionalFigure;
import org.junit.jupiter.api.Test;

/**
 * The roll-up rule on the numbers of ShandongFixture (req.new.total), with no database: a tree of just
 * the divisions the fixture names, so the expected units here are those of this small tree.
 *
 * <pre>
 * 2020   370000 省 self 100 + 教育厅 self 20
 *        370100 济南 aggregate 500, 办公厅 self 60; counties 370102 30, 370103 40, 370117 25
 *        370300 淄博 self 50; counties 370302 aggregate 70, 370303 ~35, 370304 nothing
 *   computed 370100 = 60 + 30 + 40 + 25 = 155 (3 of 3 counties), reported 500
 *   computed 370300 = 50 + 70 + 35 = 155, approximate (2 of 3: 370304 missing)
 *   computed 370000 = 100 + 20 + 500 (济南's reported) + 155 (淄博's computed) = 775, approximate
 * 2019   370000 self 90; 370100 aggregate 480, 办公厅 55; 370102 28; 371203 钢城区 (old code under 莱芜 371200) 22
 *   computed 370000 = 90 + 480 + 22 = 592; 371200 computed 22 (1 of 1)
 * </pre>
 */
class RollUpTest {

    static final DivisionTree SHANDONG = DivisionTree.of(List.of(
            division("370000", Level.PROVINCE, null, null, null),
            division("370100", Level.PREFECTURE, "370000", null, null),
            division("370102", Level.COUNTY, "370100", null, null),
            division("370103", Level.COUNTY, "370100", null, null),
            division("370117", Level.COUNTY, "370100", 2019, null), // 钢城区 under 济南 from its recoding
            division("370300", Level.PREFECTURE, "370000", null, null),
            division("370302", Level.COUNTY, "370300", null, null),
            division("370303", Level.COUNTY, "370300", null, null),
            division("370304", Level.COUNTY, "370300", null, null),
            division("371200", Level.PREFECTURE, "370000", null, 2019), // 莱芜, merged into 济南
            division("371203", Level.COUNTY, "371200", null, 2019)));

    private final List<RegionalFigure> figures = new ArrayList<>();

    @Test
    void anAggregateReportIsUsedInsteadOfItsChildrenNeverAddedToThem() {
        self(2020, "370000", 100);
        self(2020, "370000", 20);
        aggregate(2020, "370100", 500);
        self(2020, "370100", 60);
        self(2020, "370102", 30);
        self(2020, "370103", 40);
        self(2020, "370117", 25);
        self(2020, "370300", 50);
        aggregate(2020, "370302", 70);
        approximate(2020, "370303", 35);

        RollUp rollUp = new RollUp(SHANDONG, 2020, figures);

        RollUp.Total jinan = rollUp.totalOf(at("370100", 2020));
        assertEquals(new BigDecimal("500"), jinan.reported());
        assertEquals(new BigDecimal("155"), jinan.computed()); // 60 + 30 + 40 + 25
        assertEquals(3, jinan.contributingUnits());
        assertEquals(3, jinan.expectedUnits());

        RollUp.Total zibo = rollUp.totalOf(at("370300", 2020));
        assertNull(zibo.reported());
        assertEquals(new BigDecimal("155"), zibo.computed()); // 50 + 70 + 35
        assertTrue(zibo.computedApproximate(), "张店区's ~35 enters the sum");
        assertEquals(2, zibo.contributingUnits());
        assertEquals(List.of("370304"), zibo.missing().stream().map(d -> d.code).toList());

        RollUp.Total province = rollUp.totalOf(at("370000", 2020));
        assertEquals(new BigDecimal("775"), province.computed()); // 100 + 20 + 500 + 155
        assertTrue(province.computedApproximate());
        assertEquals(2, province.contributingUnits()); // 济南 and 淄博; 莱芜 no longer exists in 2020
    }

    @Test
    void aRecodedCountyCountsUnderTheParentOfTheYearAsked() {
        self(2019, "370000", 90);
        aggregate(2019, "370100", 480);
        self(2019, "370100", 55);
        self(2019, "370102", 28);
        self(2019, "371203", 22);

        RollUp rollUp = new RollUp(SHANDONG, 2019, figures);

        assertEquals(new BigDecimal("22"), rollUp.totalOf(at("371200", 2019)).computed());
        assertEquals(new BigDecimal("83"), rollUp.totalOf(at("370100", 2019)).computed()); // 55 + 28
        RollUp.Total province = rollUp.totalOf(at("370000", 2019));
        assertEquals(new BigDecimal("592"), province.computed()); // 90 + 480 + 22
        assertFalse(province.computedApproximate());
        assertEquals(2, province.contributingUnits()); // 济南 and 莱芜; 淄博 reported nothing
        assertEquals(3, province.expectedUnits());
    }

    @Test
    void aDivisionWhereNothingIsStatedHasNoTotalNotZero() {
        RollUp.Total nothing = new RollUp(SHANDONG, 2020, figures).totalOf(at("370300", 2020));

        assertTrue(nothing.isEmpty());
        assertNull(nothing.best());
        assertEquals(0, nothing.contributingUnits());
    }

    @Test
    void ofSeveralAggregateReportsOfOneDivisionTheEarliestRecordedIsItsReportedFigure() {
        figures.add(new RegionalFigure(7, "req.new.total", "370100", 2020, Scope.AGGREGATE, new BigDecimal("510"), false));
        figures.add(new RegionalFigure(3, "req.new.total", "370100", 2020, Scope.AGGREGATE, new BigDecimal("500"), false));

        assertEquals(new BigDecimal("500"), new RollUp(SHANDONG, 2020, figures).totalOf(at("370100", 2020)).reported());
    }

    // ------------------------------------------------------------------------------------------ fixture

    private void self(int year, String division, int value) {
        figures.add(new RegionalFigure(figures.size() + 1, "req.new.total", division, year, Scope.SELF, BigDecimal.valueOf(value), false));
    }

    private void approximate(int year, String division, int value) {
        figures.add(new RegionalFigure(figures.size() + 1, "req.new.total", division, year, Scope.SELF, BigDecimal.valueOf(value), true));
    }

    private void aggregate(int year, String division, int value) {
        figures.add(new RegionalFigure(figures.size() + 1, "req.new.total", division, year, Scope.AGGREGATE, BigDecimal.valueOf(value), false));
    }

    private static Division at(String code, int year) {
        return SHANDONG.at(code, year).orElseThrow();
    }

    static Division division(String code, Level level, String parent, Integer from, Integer to) {
        Division d = new Division();
        d.code = code;
        d.name = code;
        d.level = level;
        d.parentCode = parent;
        d.validFrom = from == null ? null : from.shortValue();
        d.validTo = to == null ? null : to.shortValue();
        return d;
    }
}
