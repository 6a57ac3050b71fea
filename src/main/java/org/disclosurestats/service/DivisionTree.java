package org.disclosurestats.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.repository.DivisionRepository;

/**
 * The division hierarchy, held in memory (a few thousand rows that change only with a migration) and
 * always asked for a year: a county recoded in 2015 belongs to its parent of the year asked. Functional
 * zones are not part of the tree: their figures overlap their host districts and never roll up.
 */
@ApplicationScoped
public class DivisionTree {

    @Inject
    DivisionRepository divisions;

    private volatile Map<String, List<Division>> periodsByCode = Map.of();
    private volatile Map<String, List<Division>> childrenByParent = Map.of();
    private volatile Successions successions = Successions.infer(Map.of());
    private volatile Territories territories = new Territories(this, List.of());
    /** Children by parent for each year asked about, built once per year: roll-ups ask thousands of times per request. */
    private final Map<Integer, Map<String, List<Division>>> childrenByYear = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every division of a level in a year, nationwide: national totals ask for it once per year of every request. */
    private final Map<String, List<Division>> nationwideByLevelAndYear = new java.util.concurrent.ConcurrentHashMap<>();

    @Transactional
    void load(@Observes @Priority(10) StartupEvent start) {
        List<Division> periods = divisions.everyPeriod();
        periods.forEach(divisions.getEntityManager()::detach);
        index(periods);
    }

    /** A tree of the given (code, name) periods, held without a database: for rules tested on their own. */
    public static DivisionTree of(List<Division> periods) {
        DivisionTree tree = new DivisionTree();
        tree.index(periods);
        return tree;
    }

    private void index(List<Division> periods) {
        Map<String, List<Division>> byCode = new HashMap<>();
        Map<String, List<Division>> byParent = new HashMap<>();
        for (Division d : periods) {
            byCode.computeIfAbsent(d.code, c -> new ArrayList<>()).add(d);
            if (d.level != Level.ZONE && d.parentCode != null) {
                byParent.computeIfAbsent(d.parentCode, c -> new ArrayList<>()).add(d);
            }
        }
        byParent.values().forEach(list -> list.sort(Comparator.comparing((Division d) -> d.code)));
        periodsByCode = byCode;
        childrenByParent = byParent;
        successions = Successions.infer(byCode);
        territories = new Territories(this, periods.stream().filter(d -> d.level == Level.COUNTY).toList());
        childrenByYear.clear();
        nationwideByLevelAndYear.clear();
    }

    /** Every (code, name) period of a code, oldest first (none for a code that never existed). */
    public List<Division> periodsOf(String code) {
        return periodsByCode.getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparing((Division d) -> d.validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** The division a code denotes in a year: the resolver every code of a request goes through. */
    public Optional<Division> at(String code, int year) {
        return periodsByCode.getOrDefault(code, List.of()).stream().filter(d -> d.validIn(year)).findFirst();
    }

    /**
     * The code a roll-up counts a code as in a year: its successor in a year of change where the code list keeps both
     * valid (652100 counts as 650400 in 2015), else itself. See {@link Successions}.
     */
    public String countedAs(String code, int year) {
        String counted = code;
        for (int hops = 0; hops < 3; hops++) {
            Division next = successions.successorOf(counted);
            if (next == null || !next.validIn(year) || at(counted, year).isEmpty()) {
                break;
            }
            counted = next.code;
        }
        return counted;
    }

    /** The division a roll-up counts a code as in a year (itself, or its successor in a year of change). */
    public Optional<Division> countedAt(String code, int year) {
        return at(countedAs(code, year), year);
    }

    /** The codes a roll-up counts as this one in a year: itself and the codes it took over that the list still keeps. */
    public List<String> codesCountedAs(String code, int year) {
        List<String> codes = new ArrayList<>(List.of(code));
        for (Division before = successions.predecessorOf(code); before != null && codes.size() < 4; before = successions.predecessorOf(before.code)) {
            if (!countedAs(before.code, year).equals(code)) {
                break;
            }
            codes.add(before.code);
        }
        return codes;
    }

    /** Where the territory of a division in a year is decided, and what changed in it between years. */
    public Territories territories() {
        return territories;
    }

    /** The code that continues this one's land (its successor, or the code it moved to under another parent), if any. */
    Optional<Division> continuationOf(String code) {
        return Optional.ofNullable(successions.continuationOf(code));
    }

    /** The code whose land this one continues, if any. */
    Optional<Division> continuedFrom(String code) {
        return Optional.ofNullable(successions.continuedFrom(code));
    }

    /** The code this one took over from, as it stood in a year before this code was valid: a series follows it back. */
    public Optional<Division> predecessorAt(String code, int year) {
        Division before = successions.predecessorOf(code);
        for (int hops = 0; before != null && hops < 3; hops++) {
            if (before.validIn(year)) {
                return Optional.of(before);
            }
            before = successions.predecessorOf(before.code);
        }
        return Optional.empty();
    }

    /**
     * The divisions whose parent is this code in this year (zones excluded), in code order. A code counted as its
     * successor that year is nobody's child; its own children are its successor's.
     */
    public List<Division> children(String code, int year) {
        return childrenByYear.computeIfAbsent(year, this::childrenValidIn).getOrDefault(code, List.of());
    }

    private Map<String, List<Division>> childrenValidIn(int year) {
        Map<String, List<Division>> valid = new HashMap<>();
        childrenByParent.forEach((parent, children) -> {
            List<Division> inYear = children.stream().filter(d -> d.validIn(year) && countedAs(d.code, year).equals(d.code)).toList();
            if (!inYear.isEmpty()) {
                valid.computeIfAbsent(countedAs(parent, year), p -> new ArrayList<>()).addAll(inYear);
            }
        });
        valid.values().forEach(list -> list.sort(Comparator.comparing((Division d) -> d.code)));
        return valid;
    }

    /** The divisions of a level valid in a year within a division (itself included), or nationwide when within is null. */
    public List<Division> atLevelWithin(Level level, Division within, int year) {
        if (within == null) {
            return nationwideByLevelAndYear.computeIfAbsent(level + "/" + year, key -> nationwide(level, year));
        }
        List<Division> found = new ArrayList<>();
        collect(countedAt(within.code, year).orElse(within), level, year, found);
        return found;
    }

    private List<Division> nationwide(Level level, int year) {
        List<Division> found = new ArrayList<>();
        for (List<Division> periods : periodsByCode.values()) {
            periods.stream().filter(d -> d.level == level && d.validIn(year) && countedAs(d.code, year).equals(d.code)).forEach(found::add);
        }
        found.sort(Comparator.comparing((Division d) -> d.code));
        return List.copyOf(found);
    }

    private void collect(Division node, Level level, int year, List<Division> found) {
        if (node.level == level) {
            found.add(node);
            return;
        }
        for (Division child : children(node.code, year)) {
            collect(child, level, year, found);
        }
    }

    /** The divisions of {@code root}'s tree in the year, root first (zones excluded: they never roll up). */
    public List<Division> subtree(Division root, int year) {
        List<Division> found = new ArrayList<>();
        found.add(root);
        for (Division child : children(root.code, year)) {
            found.addAll(subtree(child, year));
        }
        return found;
    }

    /** Depth of a level in the tree: province 0, prefecture 1, county 2. */
    public static int depth(Level level) {
        return switch (level) {
            case PROVINCE -> 0;
            case PREFECTURE -> 1;
            case COUNTY, ZONE -> 2;
        };
    }
}
