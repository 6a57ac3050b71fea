package org.disclosurestats.projection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's COPY text format, written in one place for every writer that streams rows with COPY (the
 * write path's observations, the dataset generator): fields separated by tabs, {@code \N} for null, and
 * backslash, tab and line breaks escaped inside a value.
 */
public final class CopyText {

    public static final String NULL = "\\N";

    private CopyText() {
    }

    /** The value as it stands in a COPY text row: escaped, or {@code \N} for null. */
    public static String field(String value) {
        if (value == null) {
            return NULL;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        appendEscaped(escaped, value);
        return escaped.toString();
    }

    /** Appends a tab, then the value in COPY text format. */
    public static void appendField(StringBuilder row, String value) {
        row.append('\t');
        if (value == null) {
            row.append(NULL);
        } else {
            appendEscaped(row, value);
        }
    }

    private static void appendEscaped(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** Streams rows written in this format into {@code table (columns)} on the given connection: one COPY statement. */
    public static void copyIn(Connection connection, String table, String columns, CharSequence rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
