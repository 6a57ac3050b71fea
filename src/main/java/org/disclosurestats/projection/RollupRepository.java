package org.disclosurestats.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.disclosurestats.domain.Coded;
import org.disclosurestats.domain.Decimals;
import org.disclosurestats.domain.Level;
import org.disclosurestats.repository.ReadRoute;
import org.hibernate.Session;

/**
 * The stored roll-up rows (rollup_total) and their validity flag (rollup_state). Only the roll-up
 * services write here; what a row holds is decided by RollUp.
 */
@ApplicationScoped
public class RollupRepository {

    @Inject
    EntityManager em;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ReadRoute route;
    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * One stored total; values already canonical (no storage trailing zeros). selfFigures and
     * approximateParts count the parts of the computed figure, so that a write can move it by increments.
     */
    public record Row(String metric, String divisionCode, int year, String provinceCode, Level level, BigDecimal reported,
                      boolean reportedApproximate, BigDecimal computed, boolean computedApproximate, int contributingUnits,
                      int selfFigures, int approximateParts) {

        public Key key() {
            return new Key(metric, divisionCode, year);
        }
    }

    /** Which row: one metric, one division, one year. */
    public record Key(String metric, String divisionCode, int year) {
    }

    private static final String COLUMNS = "metric_code, division_code, year, province_code, level, reported, reported_approximate,"
            + " computed, computed_approximate, contributing_units, self_figures, approximate_parts";

    /** The stored rows of these divisions in one year, for these metrics. */
    public List<Row> of(Collection<String> divisions, int year, Collection<String> metrics) {
        if (divisions.isEmpty() || metrics.isEmpty()) {
            return List.of();
        }
        return select("metric_code = any (?) and year = ? and division_code = any (?)", (connection, st) -> {
            st.setArray(1, connection.createArrayOf("text", metrics.toArray()));
            st.setShort(2, (short) year);
            st.setArray(3, connection.createArrayOf("text", divisions.toArray()));
        });
    }

    /**
     * The rows of one level, in one province (or all when provinceCode is null), over a range of years:
     * the totals endpoint's hot path, one covering index range scan.
     */
    public List<Row> atLevel(Collection<String> metrics, String provinceCode, Level level, int yearFrom, int yearTo) {
        // The level is written as a literal (a code of three fixed words): with a parameter, a generic plan
        // could not know that the read index, which leaves county rows out, applies.
        return readSelect("metric_code = any (?) and level = '" + level.code() + "' and year between ? and ?"
                        + (provinceCode == null ? "" : " and province_code = ?"),
                (connection, st) -> {
                    st.setArray(1, connection.createArrayOf("text", metrics.toArray()));
                    st.setShort(2, (short) yearFrom);
                    st.setShort(3, (short) yearTo);
                    if (provinceCode != null) {
                        st.setString(4, provinceCode);
                    }
                });
    }

    private interface Parameters {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    /**
     * Rows read with plain JDBC on a pooled connection: within a transaction it is the transaction's own
     * (so a refresh reads the rows it has just written); without one, reads start none. Nothing for
     * Hibernate to plan or map on the read path of every totals request.
     */
    private List<Row> select(String where, Parameters parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement st = connection.prepareStatement("select " + COLUMNS + " from rollup_total where " + where)) {
            parameters.bind(connection, st);
            return rows(st);
        } catch (SQLException e) {
            throw new IllegalStateException("reading stored roll-ups failed", e);
        }
    }

    /**
     * A read of a request outside any transaction goes where the request reads (ReadRoute: the replica
     * when one is usable); within a transaction, or with no request, it is the primary's, as {@link #select}.
     */
    private List<Row> readSelect(String where, Parameters parameters) {
        if (transactions.getTransactionKey() != null || !ReadRoute.active()) {
            return select(where, parameters);
        }
        try {
            return route.read(connection -> {
                try (PreparedStatement st = connection.prepareStatement("select " + COLUMNS + " from rollup_total where " + where)) {
                    parameters.bind(connection, st);
                    return rows(st);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("reading stored roll-ups failed", e);
        }
    }

    private static List<Row> rows(PreparedStatement st) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getShort(3), rs.getString(4),
                        Coded.parse(Level.class, rs.getString(5)).orElseThrow(), Decimals.canonical(rs.getBigDecimal(6)), rs.getBoolean(7),
                        Decimals.canonical(rs.getBigDecimal(8)), rs.getBoolean(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)));
            }
        }
        return rows;
    }

    /**
     * Inserts these rows where no row of the same key is stored, in the order given, and returns the keys
     * it inserted (locked until commit). A row another transaction is inserting makes this wait for that
     * transaction to end; a stored row, or one committed meanwhile, is left as it is and not returned.
     */
    public java.util.Set<Key> insertMissing(List<Row> rows) {
        java.util.Set<Key> inserted = new java.util.HashSet<>();
        if (rows.isEmpty()) {
            return inserted;
        }
        Column[] columns = columnsOf(rows);
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Column[] withOrder = java.util.Arrays.copyOf(columns, columns.length + 1);
        withOrder[columns.length] = new Column("int4", order);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement("insert into rollup_total (" + COLUMNS + ")"
                    + " select m, d, y, p, l, r, ra, c, ca, u, s, a from unnest(?::text[], ?::text[], ?::smallint[], ?::text[], ?::text[],"
                    + " ?::numeric[], ?::boolean[], ?::numeric[], ?::boolean[], ?::int[], ?::int[], ?::int[], ?::int[])"
                    + " as n(m, d, y, p, l, r, ra, c, ca, u, s, a, o) order by o"
                    + " on conflict (metric_code, year, division_code, province_code) do nothing returning metric_code, division_code, year")) {
                bindColumns(connection, st, withOrder);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(new Key(rs.getString(1), rs.getString(2), rs.getShort(3)));
                    }
                }
            }
        });
        return inserted;
    }

    /**
     * Locks the stored rows of these keys until commit, in the order given, and returns them as they
     * stand once locked (keys with no stored row are absent).
     */
    public List<Row> lock(List<Key> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        int n = keys.size();
        String[] metrics = new String[n], divisions = new String[n];
        Short[] years = new Short[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            metrics[i] = keys.get(i).metric();
            divisions[i] = keys.get(i).divisionCode();
            years[i] = (short) keys.get(i).year();
            order[i] = i;
        }
        List<List<Row>> locked = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            // ORDER BY is applied before the rows are locked, so they are locked in the order given.
            try (PreparedStatement st = connection.prepareStatement("select " + qualified("t") + " from rollup_total t"
                    + " join unnest(?::text[], ?::text[], ?::smallint[], ?::int[]) as k(m, d, y, o)"
                    + " on t.metric_code = k.m and t.division_code = k.d and t.year = k.y order by k.o for update of t")) {
                bindColumns(connection, st, new Column("text", metrics), new Column("text", divisions), new Column("int2", years),
                        new Column("int4", order));
                locked.add(rows(st));
            }
        });
        return locked.get(0);
    }

    private static String qualified(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(",\\s*")).map(c -> alias + "." + c).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Removes these rows (nothing is stated there or below any more). */
    public void delete(Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String[] metrics = keys.stream().map(Key::metric).toArray(String[]::new);
        String[] divisions = keys.stream().map(Key::divisionCode).toArray(String[]::new);
        Short[] years = keys.stream().map(k -> (short) k.year()).toArray(Short[]::new);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement("delete from rollup_total t using unnest(?::text[], ?::text[], ?::smallint[])"
                    + " as gone(m, d, y) where t.metric_code = gone.m and t.division_code = gone.d and t.year = gone.y")) {
                bindColumns(connection, st, new Column("text", metrics), new Column("text", divisions), new Column("int2", years));
                st.executeUpdate();
            }
        });
    }

    /**
     * Writes these rows over whatever is stored for the same (metric, year, division), in one statement
     * (the rows travel as arrays, one per column).
     */
    public void upsert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Column[] columns = columnsOf(rows);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement("insert into rollup_total (" + COLUMNS + ")"
                    + " select * from unnest(?::text[], ?::text[], ?::smallint[], ?::text[], ?::text[], ?::numeric[], ?::boolean[],"
                    + " ?::numeric[], ?::boolean[], ?::int[], ?::int[], ?::int[])"
                    + " on conflict (metric_code, year, division_code, province_code) do update set reported = excluded.reported,"
                    + " reported_approximate = excluded.reported_approximate, computed = excluded.computed,"
                    + " computed_approximate = excluded.computed_approximate, contributing_units = excluded.contributing_units,"
                    + " self_figures = excluded.self_figures, approximate_parts = excluded.approximate_parts")) {
                bindColumns(connection, st, columns);
                st.executeUpdate();
            }
        });
    }

    /** The rows as one array per column, in the order of COLUMNS. */
    private static Column[] columnsOf(List<Row> rows) {
        int n = rows.size();
        String[] metrics = new String[n], divisions = new String[n], provinces = new String[n], levels = new String[n];
        Short[] years = new Short[n];
        BigDecimal[] reported = new BigDecimal[n], computed = new BigDecimal[n];
        Boolean[] reportedApproximate = new Boolean[n], computedApproximate = new Boolean[n];
        Integer[] units = new Integer[n], selfFigures = new Integer[n], approximateParts = new Integer[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            metrics[i] = r.metric();
            divisions[i] = r.divisionCode();
            years[i] = (short) r.year();
            provinces[i] = r.provinceCode();
            levels[i] = r.level().code();
            reported[i] = r.reported();
            reportedApproximate[i] = r.reportedApproximate();
            computed[i] = r.computed();
            computedApproximate[i] = r.computedApproximate();
            units[i] = r.contributingUnits();
            selfFigures[i] = r.selfFigures();
            approximateParts[i] = r.approximateParts();
        }
        return new Column[] {new Column("text", metrics), new Column("text", divisions), new Column("int2", years),
                new Column("text", provinces), new Column("text", levels), new Column("numeric", reported),
                new Column("bool", reportedApproximate), new Column("numeric", computed), new Column("bool", computedApproximate),
                new Column("int4", units), new Column("int4", selfFigures), new Column("int4", approximateParts)};
    }

    /** One column of rows travelling as one array parameter: its PostgreSQL element type and its values. */
    private record Column(String type, Object[] values) {
    }

    /** Binds the columns as the statement's array parameters, in order. */
    private static void bindColumns(java.sql.Connection connection, PreparedStatement st, Column... columns) throws java.sql.SQLException {
        for (int i = 0; i < columns.length; i++) {
            st.setArray(i + 1, connection.createArrayOf(columns[i].type(), columns[i].values()));
        }
    }

    /** Loads rows with COPY: the full rebuild writes hundreds of thousands of them. */
    public void copy(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Row r : rows) {
            text.append(CopyText.field(r.metric()));
            CopyText.appendField(text, r.divisionCode());
            CopyText.appendField(text, String.valueOf(r.year()));
            CopyText.appendField(text, r.provinceCode());
            CopyText.appendField(text, r.level().code());
            CopyText.appendField(text, r.reported() == null ? null : r.reported().toPlainString());
            CopyText.appendField(text, String.valueOf(r.reportedApproximate()));
            CopyText.appendField(text, r.computed() == null ? null : r.computed().toPlainString());
            CopyText.appendField(text, String.valueOf(r.computedApproximate()));
            CopyText.appendField(text, String.valueOf(r.contributingUnits()));
            CopyText.appendField(text, String.valueOf(r.selfFigures()));
            CopyText.appendField(text, String.valueOf(r.approximateParts()));
            text.append('\n');
        }
        em.unwrap(Session.class).doWork(connection -> CopyText.copyIn(connection, "rollup_total", COLUMNS, text));
    }

    public void deleteAll() {
        em.createNativeQuery("delete from rollup_total").executeUpdate();
    }

    public boolean valid() {
        return (Boolean) em.createNativeQuery("select valid from rollup_state").getSingleResult();
    }

    public void setValid(boolean valid) {
        em.createNativeQuery("update rollup_state set valid = ?1").setParameter(1, valid).executeUpdate();
    }
}
