package org.disclosurestats.service;

import java.util.Set;
import org.disclosurestats.service.AggregateService.Method;

/**
 * Whether two aggregate values may be compared: the one rule behind a series point's change and a
 * ranking's order. A reported aggregate covers its whole territory; a computed sum covers only the
 * units that reported, so two computed sums compare only when both are complete or both come from
 * the same units. A computed sum is complete only when the division's own organs (its government and departments,
 * whose self-scope reports enter it beside the child units) contributed too: without them it misses a whole level of
 * the territory's organs, however many units below reported. Values of different definitions (an edition break) or different methods never
 * compare: their difference would be an artefact of how they were obtained, not a change.
 */
public final class Comparability {

    private Comparability() {
    }

    /**
     * One aggregate value as the rule sees it. {@code definition} numbers the metric definition the
     * value follows (equal numbers mean the same thing); {@code contributors} are the codes of the
     * units that contributed, null when not known (a stored roll-up keeps only their number); {@code ownFigures} the
     * figures of the division's own organs in a computed sum, null where the question does not arise (a national sum).
     */
    public record Value(int year, Method method, int definition, Integer contributingUnits, Integer expectedUnits, Set<String> contributors,
                        Integer ownFigures) {

        /**
         * Reported aggregates and ratios of aggregated parts stand for the whole; a computed sum only when every unit and
         * the division's own organs contributed.
         */
        public boolean complete() {
            return method != Method.COMPUTED || ownOrgansContributed() && everyUnitContributed();
        }

        /** A division with no units below it (a county) has a value only from its own organs, or from land restated onto it. */
        boolean ownOrgansContributed() {
            return ownFigures == null || ownFigures > 0 || expectedUnits == null || expectedUnits == 0;
        }

        private boolean everyUnitContributed() {
            return expectedUnits == null || contributingUnits == null || contributingUnits >= expectedUnits;
        }

        String coverage() {
            return contributingUnits + " of " + expectedUnits + " units" + (ownOrgansContributed() ? "" : " without the division's own organs") + " in " + year;
        }
    }

    /** Why a change from {@code previous} to {@code current} would mislead; null when they compare. */
    public static String ofChange(Value previous, Value current) {
        if (previous.definition() != current.definition()) {
            return "edition break: " + previous.year() + " and " + current.year() + " follow different definitions of the metric";
        }
        if (previous.method() != current.method()) {
            return "method changed: " + name(previous.method()) + " in " + previous.year() + ", " + name(current.method()) + " in " + current.year();
        }
        if (previous.complete() && current.complete()) {
            return null;
        }
        if (previous.contributors() != null && previous.contributors().equals(current.contributors())
                && previous.ownOrgansContributed() == current.ownOrgansContributed()) {
            return null;
        }
        return "coverage changed: " + previous.coverage() + ", " + current.coverage();
    }

    /**
     * As {@link #ofChange(Value, Value)}, and never across a change of land: two values of one division that cover different
     * territories ({@code land}, from {@link Territories#between}; null or empty when the same) are not a change.
     */
    public static String ofChange(Value previous, Value current, Territories.Change land) {
        String reason = ofChange(previous, current);
        if (previous.definition() != current.definition() || land == null || land.isEmpty()) {
            return reason;
        }
        return "territory changed between " + previous.year() + " and " + current.year() + ": " + land.describe();
    }

    /** Why a division's total cannot be ranked beside complete totals; null when it can. */
    public static String ofRanking(Method method, Integer ownFigures, Integer contributingUnits, Integer expectedUnits) {
        Value value = new Value(0, method, 1, contributingUnits, expectedUnits, null, ownFigures);
        if (value.complete()) {
            return null;
        }
        String units = value.everyUnitContributed() ? "all " + expectedUnits + " units" : contributingUnits + " of " + expectedUnits + " units";
        return "incomplete: computed from " + units + (value.ownOrgansContributed() ? "" : " and no figure of the division's own organs")
                + ", not comparable with complete totals";
    }

    private static String name(Method method) {
        return method.name().toLowerCase(java.util.Locale.ROOT);
    }
}
