package org.disclosurestats.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.ObjLongConsumer;
import org.hibernate.Session;
import org.disclosurestats.projection.CopyText;

/**
 * Writing many ledger rows in one round trip: ids taken from a table's own sequence beforehand (so the
 * caller knows them without reading anything back), and rows streamed with COPY in the text format
 * that CopyText writes. Runs on the transaction's connection.
 */
final class LedgerCopy {

    private LedgerCopy() {
    }

    /** {@code n} ids from the sequence behind {@code table}.id, in increasing order, as inserts one by one would take them. */
    static long[] nextIds(Connection connection, String table, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement st = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?) order by 1")) {
            st.setString(1, table);
            st.setInt(2, n);
            try (ResultSet rs = st.executeQuery()) {
                for (int i = 0; i < n && rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    /**
     * Inserts new entities in one round trip: ids from {@code table}'s sequence are given to them first (as persist
     * would), then their rows are streamed with COPY. {@code idAndRow} sets an entity's id and appends its row after
     * the id column, in the order of {@code columns}, ending with a newline.
     */
    static <T> void insertWithIds(Session session, String table, String columns, List<T> entities, int bytesPerRow,
            ObjLongConsumer<T> setId, RowWriter<T> row) {
        if (entities.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            long[] ids = nextIds(connection, table, entities.size());
            StringBuilder text = new StringBuilder(entities.size() * bytesPerRow);
            for (int i = 0; i < entities.size(); i++) {
                T entity = entities.get(i);
                setId.accept(entity, ids[i]);
                text.append(ids[i]);
                row.append(text, entity);
                text.append('\n');
            }
            CopyText.copyIn(connection, table, "id, " + columns, text);
        });
    }

    /** Appends an entity's fields after its id, each with {@code CopyText.appendField}. */
    @FunctionalInterface
    interface RowWriter<T> {
        void append(StringBuilder text, T entity);
    }
}
