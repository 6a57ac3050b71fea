package org.disclosurestats.generator;

import java.nio.charset.StandardCharsets;
import org.disclosurestats.generator.ReferenceData.Metric;

/**
 * Writes observation rows to a COPY stream, in the column order of {@link #COPY_SQL}. Everything that
 * depends only on the metric (code, breakdown, unit, table labels) is encoded once per {@link Cell}.
 */
final class ObservationWriter {

    static final String COPY_SQL = "copy observation (id, revision_id, metric_code, breakdown, value, qualifier, status,"
            + " source_kind, written_as, table_section, table_row, table_column) from stdin";

    private static final byte[] EXACT_REPORTED = ascii("\texact\treported\t");
    private static final byte[] APPROXIMATE_REPORTED = ascii("\tapproximate\treported\t");
    private static final byte[] BLANK = ascii("\\N\texact\tblank\t");
    private static final byte[] ABOUT = "约".getBytes(StandardCharsets.UTF_8);

    /**
     * What every observation of one metric (and breakdown) shares. Table cells name their section, row and
     * column; other figures were stated in prose, which the generator does not write, so they count as
     * submitted figures without a quote.
     */
    static final class Cell {
        final Metric metric;
        final byte[] head;      // metric_code \t breakdown \t
        final byte[] kind;      // \t source_kind \t   (between status and written_as)
        final byte[] unit;      // appended to written_as of prose figures
        final byte[] tail;      // \t table_section \t table_row \t table_column

        Cell(Metric metric, String breakdown, String tableSection) {
            this.metric = metric;
            this.head = concat(CopyBuffer.field(metric.code()), ascii("\t"), CopyBuffer.field(breakdown), ascii("\t"));
            boolean cell = tableSection != null;
            this.kind = ascii(cell ? "table_cell\t" : "submitted\t");
            this.unit = cell ? new byte[0] : CopyBuffer.field(metric.unit());
            this.tail = cell
                    ? concat(ascii("\t"), CopyBuffer.field(tableSection), ascii("\t"), CopyBuffer.field(metric.tableRow()),
                            ascii("\t"), CopyBuffer.field(metric.tableColumn()))
                    : ascii("\t\\N\t\\N\t\\N");
        }
    }

    private final CopyBuffer out;
    private long nextId;
    private long revisionId;
    private long reported;
    private long blank;

    ObservationWriter(CopyBuffer out, long firstId) {
        this.out = out;
        this.nextId = firstId;
    }

    /** Rows written from now on belong to this revision. */
    void revision(long revisionId) {
        this.revisionId = revisionId;
    }

    void reported(Cell cell, long value) {
        reported(cell, value, 0, false);
    }

    /** A stated figure, {@code unscaled / 10^scale}. */
    void reported(Cell cell, long unscaled, int scale, boolean approximate) {
        start(cell);
        out.decimal(unscaled, scale).bytes(approximate ? APPROXIMATE_REPORTED : EXACT_REPORTED).bytes(cell.kind);
        if (approximate) {
            out.bytes(ABOUT);
        }
        out.decimal(unscaled, scale).bytes(cell.unit).bytes(cell.tail).endRow();
        reported++;
    }

    /** A table cell the report left empty: known to exist, no value (and not 0). */
    void blank(Cell cell) {
        start(cell);
        out.bytes(BLANK).bytes(cell.kind).nul().bytes(cell.tail).endRow();
        blank++;
    }

    private void start(Cell cell) {
        out.number(nextId++).tab().number(revisionId).tab().bytes(cell.head);
    }

    long reportedCount() {
        return reported;
    }

    long blankCount() {
        return blank;
    }

    long lastId() {
        return nextId - 1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
