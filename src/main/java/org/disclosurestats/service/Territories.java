package org.disclosurestats.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;

/**
 * The territory of division D in year Y, decided here only: the county-level units at or below D that year, each named by
 * its lineage (the latest code that continues its land: successors and moves to another parent, {@link Successions}), so
 * that the territories of two years compare although codes change. Totals, series and rankings ask it whether a figure
 * covers other land than the neighbouring years' figures and where an abolished division's land went; a series restated
 * on one year's boundaries adds and takes out the units it names ({@link Restatement}).
 *
 * What it cannot see: land moving between counties that keep their codes, and a new code carved out of a county whose
 * code stays (the list names no predecessor); such a unit shows as joined without a counterpart.
 */
public final class Territories {

    private final DivisionTree tree;
    private final List<Division> countyPeriods;
    private volatile Map<String, List<Division>> byLineage;
    /** Territories above county level, by code and year: a province's is asked for every row of a totals answer. */
    private final Map<String, Map<String, Division>> memo = new ConcurrentHashMap<>();

    Territories(DivisionTree tree, List<Division> countyPeriods) {
        this.tree = tree;
        this.countyPeriods = countyPeriods;
    }

    /** A code as totals and series read it in a year: itself, its successor in a year of change, or its predecessor before it existed. */
    public Optional<Division> resolve(String code, int year) {
        return tree.countedAt(code, year).or(() -> tree.predecessorAt(code, year));
    }

    /** The latest code that continues a county-level code's land (itself when none does). */
    public String lineage(String code) {
        String at = code;
        for (int hops = 0; hops < 6; hops++) {
            Optional<Division> next = tree.continuationOf(at);
            if (next.isEmpty()) {
                break;
            }
            at = next.get().code;
        }
        return at;
    }

    /** The territory of a division in a year: its county-level units by lineage (a county: itself); empty when the code names nothing that year. */
    public Map<String, Division> of(String code, int year) {
        Optional<Division> d = resolve(code, year);
        if (d.isEmpty()) {
            return Map.of();
        }
        if (d.get().level == Level.COUNTY) {
            return Map.of(lineage(d.get().code), d.get());
        }
        return memo.computeIfAbsent(code + "/" + year, k -> {
            Map<String, Division> units = new TreeMap<>();
            tree.atLevelWithin(Level.COUNTY, d.get(), year).forEach(c -> units.putIfAbsent(lineage(c.code), c));
            return units;
        });
    }

    /** A unit of a change as it stands in one year, and the same land in the other year ({@code there}, null when the list names none) with its parent then. */
    public record Move(Division unit, int otherYear, Division there, Division thereParent) {

        String describe() {
            String self = unit.code + " " + unit.name;
            return there == null ? self + " (not in the code list in " + otherYear + ")"
                    : self + " (" + otherYear + ": " + there.code + " " + there.name + (thereParent == null ? "" : " of " + thereParent.code + " " + thereParent.name) + ")";
        }
    }

    /**
     * What differs between a division's territory in {@code from} and in {@code to}: {@code joined} are units of to's territory
     * outside from's ({@code there}: the land in from), {@code left} units of from's outside to's ({@code there}: in to).
     */
    public record Change(String code, int from, int to, List<Move> joined, List<Move> left) {

        public boolean isEmpty() {
            return joined.isEmpty() && left.isEmpty();
        }

        /** The units in words: "joined 370116 莱芜区 (2018: 371202 莱城区 of 371200 莱芜市); left …". */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (!joined.isEmpty()) {
                parts.add("joined " + joined.stream().map(Move::describe).collect(Collectors.joining(", ")));
            }
            if (!left.isEmpty()) {
                parts.add("left " + left.stream().map(Move::describe).collect(Collectors.joining(", ")));
            }
            return String.join("; ", parts);
        }
    }

    public Change between(String code, int from, int to) {
        Map<String, Division> before = of(code, from), after = of(code, to);
        List<Move> joined = new ArrayList<>(), left = new ArrayList<>();
        after.forEach((lineage, unit) -> {
            if (!before.containsKey(lineage)) {
                joined.add(move(unit, lineage, from));
            }
        });
        before.forEach((lineage, unit) -> {
            if (!after.containsKey(lineage)) {
                left.add(move(unit, lineage, to));
            }
        });
        return new Change(code, from, to, joined, left);
    }

    private Move move(Division unit, String lineage, int year) {
        Division there = unitIn(lineage, year);
        Division parent = there == null || there.parentCode == null ? null : tree.at(there.parentCode, year).orElse(null);
        return new Move(unit, year, there, parent);
    }

    /** The county-level unit of a lineage valid in a year: the latest code where the list keeps two. */
    Division unitIn(String lineage, int year) {
        return lineages().getOrDefault(lineage, List.of()).stream().filter(d -> d.validIn(year))
                .max(Comparator.comparingInt((Division d) -> d.validFrom == null ? 0 : d.validFrom.intValue())).orElse(null);
    }

    private Map<String, List<Division>> lineages() {
        Map<String, List<Division>> known = byLineage;
        if (known == null) {
            known = new HashMap<>();
            for (Division d : countyPeriods) {
                known.computeIfAbsent(lineage(d.code), k -> new ArrayList<>()).add(d);
            }
            byLineage = known;
        }
        return known;
    }

    /**
     * What a total or series point of a division in a year must say about its land, null when it covers the same land as both
     * neighbouring years: a change from the year before, a change in the year after, or that the division ends after this
     * year and where its land went.
     */
    public String around(String code, int year) {
        List<String> notes = new ArrayList<>();
        if (resolve(code, year - 1).isPresent()) {
            Change since = between(code, year - 1, year);
            if (!since.isEmpty()) {
                notes.add("territory changed in " + year + ": " + since.describe());
            }
        } else {
            notes.add(landBefore(code, year));
        }
        if (resolve(code, year + 1).isPresent()) {
            Change next = between(code, year, year + 1);
            if (!next.isEmpty()) {
                notes.add("territory changes in " + (year + 1) + ": " + next.describe());
            }
        } else {
            notes.add(whereItWent(code, year));
        }
        notes.removeIf(java.util.Objects::isNull);
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** The changes of a division's land within a period, null when there are none (a period row adds figures of every year). */
    public String within(String code, int yearFrom, int yearTo) {
        List<String> notes = new ArrayList<>();
        for (int year = yearFrom + 1; year <= yearTo; year++) {
            if (resolve(code, year - 1).isPresent() && resolve(code, year).isPresent()) {
                Change since = between(code, year - 1, year);
                if (!since.isEmpty()) {
                    notes.add("territory changed in " + year + ": " + since.describe());
                }
            } else if (resolve(code, year - 1).isPresent()) {
                notes.add(whereItWent(code, year - 1));
            }
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** For a year the code names nothing: where its land went after its last year, or what it was before its first; null if neither. */
    public String beyond(String code, int year) {
        List<Division> periods = tree.periodsOf(code);
        Integer last = periods.stream().filter(d -> d.validTo != null).map(d -> d.validTo.intValue()).max(Integer::compare).orElse(null);
        Integer first = periods.stream().filter(d -> d.validFrom != null).map(d -> d.validFrom.intValue()).min(Integer::compare).orElse(null);
        if (last != null && year > last && periods.stream().noneMatch(d -> d.validTo == null)) {
            return whereItWent(code, last);
        }
        return first != null && year < first ? landBefore(code, first) : null;
    }

    /** "371200 莱芜市 ends after 2019; its land went to 370100 济南市 (371202 莱城区 as 370116 莱芜区, …)". */
    String whereItWent(String code, int lastYear) {
        Division d = tree.at(code, lastYear).or(() -> resolve(code, lastYear)).orElse(null);
        if (d == null) {
            return null;
        }
        Map<String, List<String>> byParent = new LinkedHashMap<>();
        of(code, lastYear).forEach((lineage, unit) -> {
            Move m = move(unit, lineage, lastYear + 1);
            String to = m.there() == null ? "no code in the list" : m.thereParent() == null ? "?" : m.thereParent().code + " " + m.thereParent().name;
            byParent.computeIfAbsent(to, k -> new ArrayList<>()).add(unit.code + " " + unit.name
                    + (m.there() == null || m.there().code.equals(unit.code) ? "" : " as " + m.there().code + " " + m.there().name));
        });
        return d.code + " " + d.name + " ends after " + lastYear + "; its land went to " + byParent.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", "));
    }

    /** "first valid in 2019; in 2018 its land was 371203 钢城区 of 371200 莱芜市", null when the list names no earlier code for any of its units. */
    private String landBefore(String code, int firstYear) {
        Division d = resolve(code, firstYear).orElse(null);
        if (d == null) {
            return null;
        }
        List<String> was = new ArrayList<>();
        of(code, firstYear).forEach((lineage, unit) -> {
            Move m = move(unit, lineage, firstYear - 1);
            if (m.there() != null) {
                was.add(m.there().code + " " + m.there().name + (m.thereParent() == null ? "" : " of " + m.thereParent().code + " " + m.thereParent().name));
            }
        });
        return was.isEmpty() ? null : d.code + " first valid in " + firstYear + "; in " + (firstYear - 1) + " its land was " + String.join(", ", was);
    }
}
