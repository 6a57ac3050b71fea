package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosurestats.domain.Division;

/**
 * Which reports a caller may write. A publisher's divisions claim names the divisions it speaks
 * for; it may write their reports and those of every division below them (a province's publisher
 * writes for its prefectures and counties), judged by the hierarchy valid in the report's year.
 */
@ApplicationScoped
public class WriteAccess {

    /** The hierarchy in memory: checking a division costs no query. */
    @Inject
    DivisionTree divisions;

    public void requireMayWrite(Caller caller, String divisionCode, int year) {
        if (caller.admin()) {
            return;
        }
        if (!caller.publisher()) {
            throw ApiProblem.forbidden("Writing reports needs the role publisher or admin.");
        }
        if (!covers(caller, divisionCode, year)) {
            throw ApiProblem.forbidden("The token's divisions " + caller.divisions() + " do not include division "
                    + divisionCode + " (in " + year + ") or one of its ancestors.");
        }
    }

    public void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw ApiProblem.forbidden("Only an admin may retract a report.");
        }
    }

    private boolean covers(Caller caller, String divisionCode, int year) {
        Optional<Division> division = divisionCode == null ? Optional.empty() : divisions.at(divisionCode, year);
        if (division.isEmpty()) {
            // An unknown division has no ancestors; naming it exactly lets validation explain what is wrong with it.
            return caller.divisions().contains(divisionCode);
        }
        Division d = division.get();
        return Stream.of(d.code, d.parentCode, d.prefectureCode, d.provinceCode).anyMatch(caller.divisions()::contains);
    }
}
