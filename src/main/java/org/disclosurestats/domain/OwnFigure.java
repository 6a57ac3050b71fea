package org.disclosurestats.domain;

/**
 * The one rule for "the issuer's own figure": a figure about the issuer itself (no other subject) and
 * not one category of a breakdown. Only such figures are a report's table cells for its identities and
 * feed aggregates. Both the Java predicate and its SQL form live here, so no query spells it again.
 */
public final class OwnFigure {

    private OwnFigure() {
    }

    /** SQL over alias o (observation). */
    public static final String SQL = "o.subject_name is null and o.breakdown = ''";

    /** Whether a figure with this breakdown ("" for none) and subject (null for the issuer itself) is the issuer's own. */
    public static boolean is(String breakdown, Object subject) {
        return subject == null && (breakdown == null || breakdown.isEmpty());
    }

    /** Whether a stored observation is the issuer's own figure. */
    public static boolean is(Observation o) {
        return is(o.breakdown, o.subjectName);
    }
}
