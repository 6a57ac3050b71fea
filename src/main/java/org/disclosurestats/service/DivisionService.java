package org.disclosurestats.service;

import org.disclosurestats.domain.ScriptNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.repository.DivisionRepository;

/** Divisions are resolved by (code, year), never by name alone: codes are reused and changed. */
@ApplicationScoped
public class DivisionService {

    public static final int MAX_LIST = 500;

    @Inject
    DivisionRepository divisions;
    @Inject
    DivisionTree tree;

    /** A division with its number of children (in the year asked, or over its whole history). */
    public record DivisionWithChildren(Division division, long children) {
    }

    /** The division a code denotes in a year; 404 if the code was not valid then. */
    public Division resolve(String code, int year, String parameter) {
        requireCodeShape(code, parameter);
        return tree.at(code, year).orElseThrow(() -> {
            List<Division> periods = tree.periodsOf(code);
            String detail = periods.isEmpty()
                    ? "No division has code " + code + "."
                    : "Division " + code + " (" + periods.get(0).name + ") is not valid in " + year + "; it is valid "
                            + validitySummary(periods) + ".";
            return ApiProblem.notFound("Division", parameter, detail);
        });
    }

    /** All periods of a code (a code renamed keeps its code and gets a new period); 404 if none. */
    public List<DivisionWithChildren> periodsOf(String code, Integer year) {
        return periodsOf(code, year, "code");
    }

    /** As {@link #periodsOf(String, Integer)}, a problem naming the query parameter the code came in. */
    public List<DivisionWithChildren> periodsOf(String code, Integer year, String parameter) {
        requireCodeShape(code, parameter);
        List<Division> periods = year == null ? tree.periodsOf(code) : tree.at(code, year).stream().toList();
        if (periods.isEmpty()) {
            resolve(code, year == null ? 0 : year, parameter);
        }
        return withChildCounts(periods, year);
    }

    public List<DivisionWithChildren> search(String parentCode, Level level, String query, Integer year) {
        if (parentCode != null) {
            requireCodeShape(parentCode, "parent");
        }
        String name = query == null || query.isBlank() ? null : ScriptNormalizer.toSimplified(query.strip());
        return withChildCounts(divisions.matching(parentCode, level, name, year, MAX_LIST), year);
    }

    private List<DivisionWithChildren> withChildCounts(List<Division> list, Integer year) {
        Map<String, Long> counts = divisions.childCounts(list.stream().map(d -> d.code).distinct().toList(), year);
        return list.stream().map(d -> new DivisionWithChildren(d, counts.getOrDefault(d.code, 0L))).toList();
    }

    static void requireCodeShape(String code, String parameter) {
        if (!Division.isCodeShaped(code)) {
            throw ApiProblem.badParameter(parameter, "'" + code + "' is not a 6-digit GB/T 2260 division code.");
        }
    }

    private static String validitySummary(List<Division> periods) {
        Short from = periods.get(0).validFrom;
        Short to = periods.get(periods.size() - 1).validTo;
        return (from == null ? "from before 2008" : "from " + from) + (to == null ? " on" : " to " + to);
    }
}
