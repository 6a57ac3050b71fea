package org.disclosurestats.importing;

import java.util.Optional;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.importing.Extraction.Extracted;

/**
 * A figure of a report's prose that names a cell of the same report's table (same metric, breakdown and subject) is
 * not a second figure. With the cell's value it restates the cell: it is kept only as the cell's corroboration (shown
 * among the unmapped, with the cell it repeats). With another value it conflicts with the cell: neither is changed or
 * dropped silently, the draft's validation lists the conflict. Where the table leaves the cell blank, the prose is not
 * read over it either: the blank stays, the prose figure is shown beside it.
 */
final class Restatements {

    private Restatements() {
    }

    /** How a prose figure stands to the table cell of its key. */
    enum Kind { RESTATES, CONFLICTS, BESIDE_A_BLANK }

    /** The verdict, with the reason shown on the prose figure (and, for a conflict, in the draft's validation). */
    record Verdict(Kind kind, String reason) {
    }

    /** The verdict on a prose figure whose key a table cell of the same document holds, or empty when none does. */
    static Optional<Verdict> of(Extracted prose, Extracted cell, String statedAs) {
        if (cell == null) {
            return Optional.empty();
        }
        String where = where(cell);
        String metric = prose.metric() + (statedAs == null ? "" : " (stated as " + statedAs + ")");
        if (cell.status() != ObservationStatus.REPORTED || cell.value() == null) {
            return Optional.of(new Verdict(Kind.BESIDE_A_BLANK, "states " + metric + ", whose table cell " + where
                    + " is blank: the prose is not read over the table"));
        }
        if (prose.value() != null && prose.value().compareTo(cell.value()) == 0) {
            return Optional.of(new Verdict(Kind.RESTATES, "restates " + metric + " = " + cell.value().toPlainString()
                    + ", the table cell " + where + ": not a second figure, kept as corroboration of the cell"));
        }
        return Optional.of(new Verdict(Kind.CONFLICTS, "conflicts with the table: the prose states " + metric + " = "
                + (prose.value() == null ? "?" : prose.value().toPlainString()) + ", the table cell " + where + " holds "
                + cell.value().toPlainString() + "; the table cell is kept"));
    }

    private static String where(Extracted cell) {
        var p = cell.provenance();
        return p == null ? "" : "(" + p.tableSection() + " / " + p.tableRow() + " / " + p.tableColumn() + ")";
    }
}
