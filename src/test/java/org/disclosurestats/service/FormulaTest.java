package org.disclosurestats.service;

import org.disclosurestats.fixtures.ShandongFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ratio formulas: parsed once, evaluated on summed parts, never on a missing part or a zero denominator. */
class FormulaTest {

    static final Formula DISCLOSURE_RATE = Formula.parse("(req.granted.total + req.partly_granted.total) / req.total.total");

    @Test
    void namesThePartsItReads() {
        assertEquals(Set.of("req.granted.total", "req.partly_granted.total", "req.total.total"), DISCLOSURE_RATE.parts());
    }

    @Test
    void computesAPercentageOfTheSummedParts() {
        // ShandongFixture, 370300 in 2020: (20 + 30 + 10 granted, 5 + 10 + 0 partly) / (40 + 60 + 20) = 75 / 120 = 62.5 %
        Formula.Result rate = DISCLOSURE_RATE.percentOf(Map.of("req.granted.total", new BigDecimal("60"),
                "req.partly_granted.total", new BigDecimal("15"), "req.total.total", new BigDecimal("120")));

        assertEquals(0, new BigDecimal("62.5").compareTo(rate.value()));
    }

    @Test
    void aZeroDenominatorGivesNoValueAndSaysWhy() {
        Formula.Result rate = DISCLOSURE_RATE.percentOf(Map.of("req.granted.total", BigDecimal.ZERO,
                "req.partly_granted.total", BigDecimal.ZERO, "req.total.total", BigDecimal.ZERO));

        assertNull(rate.value());
        assertEquals("denominator is zero", rate.reason());
    }

    @Test
    void aPartNotReportedGivesNoValueNeverAZeroPart() {
        Formula.Result rate = DISCLOSURE_RATE.percentOf(Map.of("req.granted.total", new BigDecimal("3"), "req.total.total", new BigDecimal("4")));

        assertNull(rate.value());
        assertEquals("part not reported: req.partly_granted.total", rate.reason());
    }

    @Test
    void aDerivedRatioIsApproximateWhenAnApproximatePartEntersIt() {
        // 60 granted (approximate), 15 partly granted, 120 requests: 75 / 120 = 62.5 %
        Map<String, RollUp.Part> parts = Map.of("req.granted.total", new RollUp.Part(new BigDecimal("60"), true),
                "req.partly_granted.total", new RollUp.Part(new BigDecimal("15"), false),
                "req.total.total", new RollUp.Part(new BigDecimal("120"), false));

        Formula.Derived rate = DISCLOSURE_RATE.percentFrom(part -> covering(parts.get(part), "computed from 0 own figures and 2 of 8 units"));

        assertEquals(0, new BigDecimal("62.5").compareTo(rate.value()));
        assertEquals(true, rate.approximate());
        assertNull(rate.reason());
    }

    @Test
    void aDerivedRatioWithAPartMissingHasNoValue() {
        Map<String, RollUp.Part> parts = Map.of("req.total.total", new RollUp.Part(new BigDecimal("120"), false));

        Formula.Derived rate = DISCLOSURE_RATE.percentFrom(part -> covering(parts.get(part), "reported"));

        assertNull(rate.value());
        assertEquals(false, rate.approximate());
    }

    @Test
    void aDerivedRatioOfPartsCoveringDifferentUnitsHasNoValueAndSaysWhy() {
        // one county states 4 granted, 1 partly granted of 10; another states only its 20 requests in all:
        // (4 + 1) / 30 = 16.7 % would lower the first county's 50 % by a denominator without a numerator
        Map<String, Formula.CoveredPart> parts = Map.of(
                "req.granted.total", covering(new RollUp.Part(new BigDecimal("4"), false), "computed from 0 own figures and 1 of 7 units"),
                "req.partly_granted.total", covering(new RollUp.Part(new BigDecimal("1"), false), "computed from 0 own figures and 1 of 7 units"),
                "req.total.total", covering(new RollUp.Part(new BigDecimal("30"), false), "computed from 0 own figures and 2 of 7 units"));

        Formula.Derived rate = DISCLOSURE_RATE.percentFrom(parts::get);

        assertNull(rate.value());
        assertEquals("parts cover different units: req.granted.total computed from 0 own figures and 1 of 7 units; "
                + "req.partly_granted.total computed from 0 own figures and 1 of 7 units; req.total.total computed from 0 own figures and 2 of 7 units",
                rate.reason());
    }

    private static Formula.CoveredPart covering(RollUp.Part part, String coverage) {
        return part == null ? null : new Formula.CoveredPart(part, coverage);
    }

    @Test
    void rejectsAMalformedFormula() {
        assertThrows(RuntimeException.class, () -> Formula.parse("(req.granted.total + / req.total.total"));
    }
}
