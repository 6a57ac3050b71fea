package org.disclosurestats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.disclosurestats.service.AggregateService.Method;
import org.disclosurestats.service.Comparability.Value;
import org.junit.jupiter.api.Test;

/** The comparability rule on its own: each reason, and each case that compares. */
class ComparabilityTest {

    private static Value reported(int year) {
        return new Value(year, Method.REPORTED, 1, 0, 15, Set.of(), null);
    }

    /** A computed sum to which the division's own organs contributed one figure. */
    private static Value computed(int year, int contributing, int expected, Set<String> contributors) {
        return withOwnFigures(year, 1, contributing, expected, contributors);
    }

    private static Value withOwnFigures(int year, int ownFigures, int contributing, int expected, Set<String> contributors) {
        return new Value(year, Method.COMPUTED, 1, contributing, expected, contributors, ownFigures);
    }

    @Test
    void twoReportedAggregatesCompareWhateverTheirUnitsBelow() {
        assertNull(Comparability.ofChange(reported(2015), reported(2016)));
    }

    @Test
    void aReportedAggregateAndAComputedSumNeverCompare() {
        assertEquals("method changed: reported in 2016, computed in 2018",
                Comparability.ofChange(reported(2016), computed(2018, 1, 15, Set.of("652700"))));
    }

    @Test
    void differentDefinitionsNeverCompare() {
        Value legacy = new Value(2018, Method.REPORTED, 1, null, null, null, null);
        Value tables = new Value(2019, Method.REPORTED, 2, null, null, null, null);
        assertEquals("edition break: 2018 and 2019 follow different definitions of the metric", Comparability.ofChange(legacy, tables));
    }

    @Test
    void computedSumsCompareWhenBothAreCompleteOrComeFromTheSameUnits() {
        assertNull(Comparability.ofChange(computed(2020, 2, 2, Set.of("a", "b")), computed(2021, 2, 2, Set.of("a", "b"))));
        assertNull(Comparability.ofChange(computed(2022, 1, 2, Set.of("a")), computed(2023, 1, 2, Set.of("a"))));
        assertEquals("coverage changed: 1 of 2 units in 2022, 1 of 2 units in 2023",
                Comparability.ofChange(computed(2022, 1, 2, Set.of("a")), computed(2023, 1, 2, Set.of("b"))));
        assertEquals("coverage changed: 2 of 2 units in 2021, 1 of 2 units in 2022",
                Comparability.ofChange(computed(2021, 2, 2, Set.of("a", "b")), computed(2022, 1, 2, Set.of("a"))));
    }

    @Test
    void aComputedSumWithoutTheDivisionsOwnOrgansIsIncompleteThoughEveryUnitBelowContributed() {
        // 2020: the city's departments 60 + its 2 counties 30 + 40 = 130; 2021: the 2 counties alone, 35 + 45 = 80
        Value withOwnOrgans = withOwnFigures(2020, 1, 2, 2, Set.of("a", "b"));
        Value withoutOwnOrgans = withOwnFigures(2021, 0, 2, 2, Set.of("a", "b"));
        assertEquals("coverage changed: 2 of 2 units in 2020, 2 of 2 units without the division's own organs in 2021",
                Comparability.ofChange(withOwnOrgans, withoutOwnOrgans));
        assertNull(Comparability.ofChange(withoutOwnOrgans, withOwnFigures(2022, 0, 2, 2, Set.of("a", "b"))));
    }

    @Test
    void ranksOnlyCompleteTotals() {
        assertNull(Comparability.ofRanking(Method.REPORTED, null, 0, 12));
        assertNull(Comparability.ofRanking(Method.COMPUTED, 3, 0, 0)); // a county: its own figures, nothing below it
        assertNull(Comparability.ofRanking(Method.COMPUTED, 1, 8, 8));
        assertNull(Comparability.ofRanking(Method.DERIVED, null, null, null));
        assertEquals("incomplete: computed from 2 of 8 units, not comparable with complete totals", Comparability.ofRanking(Method.COMPUTED, 1, 2, 8));
        assertEquals("incomplete: computed from all 8 units and no figure of the division's own organs, not comparable with complete totals",
                Comparability.ofRanking(Method.COMPUTED, 0, 8, 8));
        assertEquals("incomplete: computed from 2 of 8 units and no figure of the division's own organs, not comparable with complete totals",
                Comparability.ofRanking(Method.COMPUTED, 0, 2, 8));
    }
}
