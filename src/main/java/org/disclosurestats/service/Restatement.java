package org.disclosurestats.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosurestats.domain.Decimals;
import org.disclosurestats.domain.Division;

/**
 * A division's total restated on the territory it has in another year (a series' {@code boundaries}), decided here only:
 * its own total of the year, plus the best figures that year of the units lying in the chosen year's territory but
 * elsewhere then, less the best figures of its units lying outside it ({@link Territories#between}). 济南 2018 on 2019's
 * boundaries = 济南 2018 + 莱芜's 莱城区 and 钢城区 of 2018.
 *
 * <ul>
 * <li>Sums and stocks restate alike: both add across divisions within a year. A ratio is recomputed from its restated
 * parts (the roll-up's own path); a percentage a report states without parts cannot be restated and is null.</li>
 * <li>A reported aggregate stays reported (on the new land) only when every unit added or taken out has a figure: an
 * unknown part cannot be added to it or taken out of it. Otherwise only the computed sum is restated.</li>
 * <li>Coverage: units added count as expected, and as contributing when they have a figure; units taken out leave both.</li>
 * <li>The own organs of an abolished division (莱芜市's departments) belong to no county's land and are never added.</li>
 * </ul>
 */
final class Restatement {

    private Restatement() {
    }

    /**
     * The year's totals with {@code division}'s restated by {@code change} (from the year to the boundaries' year): the
     * other divisions' totals are unchanged. {@code adds}: whether a metric adds across divisions.
     */
    static YearTotals on(YearTotals base, Division division, Territories.Change change, Predicate<String> adds) {
        if (change.isEmpty()) {
            return base;
        }
        return (metric, d) -> {
            RollUp.Total own = base.of(metric, d);
            if (!d.code.equals(division.code)) {
                return own;
            }
            if (!adds.test(metric)) {
                return RollUp.Total.NONE;
            }
            List<RollUp.Total> added = new ArrayList<>();
            change.joined().forEach(m -> added.add(m.there() == null ? RollUp.Total.NONE : base.of(metric, m.there())));
            List<RollUp.Total> takenOut = change.left().stream().map(m -> base.of(metric, m.unit())).toList();
            return restated(own, added, takenOut);
        };
    }

    /** The arithmetic of the class comment, on one division's total. */
    static RollUp.Total restated(RollUp.Total own, List<RollUp.Total> added, List<RollUp.Total> takenOut) {
        boolean everyPartKnown = Stream.concat(added.stream(), takenOut.stream()).allMatch(t -> t.best() != null);
        BigDecimal reported = own.reported(), computed = own.computed();
        boolean reportedApproximate = own.reportedApproximate(), computedApproximate = own.computedApproximate();
        int contributing = own.contributingUnits();
        for (RollUp.Total t : added) {
            if (t.best() != null) {
                computed = computed == null ? t.best() : computed.add(t.best());
                reported = reported == null ? null : reported.add(t.best());
                computedApproximate |= t.bestApproximate();
                reportedApproximate |= t.bestApproximate();
                contributing++;
            }
        }
        for (RollUp.Total t : takenOut) {
            if (t.best() != null) {
                computed = computed == null ? null : computed.subtract(t.best());
                reported = reported == null ? null : reported.subtract(t.best());
                computedApproximate |= t.bestApproximate();
                reportedApproximate |= t.bestApproximate();
                contributing--;
            }
        }
        return new RollUp.Total(everyPartKnown ? Decimals.canonical(reported) : null, reportedApproximate, Decimals.canonical(computed),
                computedApproximate, own.selfFigures(), Math.max(contributing, 0), own.approximateParts(),
                own.expectedUnits() + added.size() - takenOut.size(), List.of());
    }

    /** The basis of a restated point in words, null when the year's land is the boundaries' land. */
    static String note(Territories.Change change) {
        if (change.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!change.joined().isEmpty()) {
            parts.add("added " + change.joined().stream().map(m -> m.there() == null ? m.unit().code + " " + m.unit().name + " (no code in " + change.from() + ")"
                    : m.there().code + " " + m.there().name).collect(Collectors.joining(", ")));
        }
        if (!change.left().isEmpty()) {
            parts.add("took out " + change.left().stream().map(m -> m.unit().code + " " + m.unit().name).collect(Collectors.joining(", ")));
        }
        return "restated on " + change.to() + "'s boundaries: " + String.join("; ", parts);
    }
}
