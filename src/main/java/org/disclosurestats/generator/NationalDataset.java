package org.disclosurestats.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurestats.generator.ReportPlanner.PlannedReport;
import org.disclosurestats.projection.CurrentFigureRepository;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Fills a schema with a reproducible synthetic national dataset: every division of the reference list
 * valid in each year, years 2008-2025 by default, with reports of every edition, blank cells and missing
 * reports, loaded with COPY. Run it with {@code ./mvnw -Pgenerate exec:java} (see src/docs/benchmarks.md, "Synthetic
 * national dataset"); it needs no Quarkus runtime, only JDBC, PgJDBC's COPY and Flyway.
 *
 * <p>Every report has one published revision recorded by {@code generator}; current_figure holds the
 * reported own figures of those revisions, exactly what the write path would have projected.
 */
public final class NationalDataset {

    /** Identifies generated revisions, so that they can be told apart from recorded ones. */
    static final String RECORDED_BY = "generator";

    private final GeneratorOptions options;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    /** What a run produced, for the summary and for tests. */
    public record Summary(int divisions, long reports, long revisions, long observations, long blanks,
                          long currentFigures, Map<String, Double> seconds) {
    }

    NationalDataset(GeneratorOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(GeneratorOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            Summary summary = new NationalDataset(options).run();
            print(options, summary);
        } catch (SQLException e) {
            System.err.println("generation failed, nothing was loaded: " + e.getMessage());
            if ("23505".equals(e.getSQLState())) {
                System.err.println("the schema already holds some of these reports: pass --truncate to replace them");
            }
            System.exit(1);
        }
    }

    /** Generates into the schema the options name and returns what was loaded. */
    public static Summary run(String... args) throws SQLException {
        return new NationalDataset(GeneratorOptions.parse(args)).run();
    }

    Summary run() throws SQLException {
        long start = System.nanoTime();
        migrate();
        start = lap("migrate", start);

        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            try (Statement st = connection.createStatement()) {
                st.execute("set search_path to " + options.schema());
            }
            connection.setAutoCommit(false);
            ReferenceData reference = ReferenceData.load(connection);
            FigureGenerator figures = new FigureGenerator(reference);

            prepare(connection);
            List<String> rebuild = dropForeignKeysAndIndexes(connection);
            long reportBase = maxId(connection, "report");
            long revisionBase = maxId(connection, "report_revision");
            long observationBase = maxId(connection, "observation");
            List<PlannedReport> reports = new ReportPlanner(options, reference).plan(reportBase + 1);
            start = lap("plan", start);

            // A table truncated in this transaction can be loaded frozen: no later vacuum has to visit
            // every page to set hint bits, and the pages are all-visible for index-only scans at once.
            String with = options.truncate() ? " with (freeze)" : "";
            copyReports(connection, reports, revisionBase, with);
            start = lap("reports", start);

            ObservationWriter observations;
            try (CopyBuffer out = copy(connection, ObservationWriter.COPY_SQL + with)) {
                observations = new ObservationWriter(out, observationBase + 1);
                for (PlannedReport report : reports) {
                    observations.revision(revisionBase + (report.id() - reportBase));
                    figures.generate(report, observations);
                }
            }
            start = lap("observations", start);

            long currentFigures = projectCurrentFigures(connection, reportBase, reports.size());
            start = lap("current_figure", start);

            try (Statement st = connection.createStatement()) {
                for (String statement : rebuild) {
                    st.execute(statement);
                }
            }
            start = lap("indexes_and_fks", start);

            for (String table : List.of("report", "report_revision", "observation")) {
                advanceSequence(connection, table);
            }
            try (Statement st = connection.createStatement()) {
                // current_figure was written here, not through the service: its stored roll-ups are
                // stale until the service rebuilds them at its next start.
                st.execute("update rollup_state set valid = false");
            }
            connection.commit();
            start = lap("commit", start);

            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                // ANALYZE for the planner; VACUUM sets the visibility map, which the covering index
                // of current_figure needs before index-only scans pay off.
                st.execute("vacuum (analyze) report, report_revision, observation, current_figure");
            }
            lap("vacuum_analyze", start);

            Set<String> divisions = new HashSet<>();
            reports.forEach(r -> divisions.add(r.divisionCode()));
            return new Summary(divisions.size(), reports.size(), reports.size(),
                    observations.reportedCount() + observations.blankCount(), observations.blankCount(),
                    currentFigures, Collections.unmodifiableMap(new LinkedHashMap<>(seconds)));
        }
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(options.url(), options.user(), options.password())
                .schemas(options.schema())
                .defaultSchema(options.schema())
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * Empties the ledger when asked to, and keeps writers out while the ids are taken: the ids are
     * written explicitly, after the current maximum, and the sequences are moved past them at the end.
     * CASCADE also empties any table that references the ledger (projections of it are rebuilt here or
     * by their owner).
     */
    private void prepare(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (options.truncate()) {
                st.execute("truncate report, report_revision, observation, current_figure restart identity cascade");
            } else {
                st.execute("lock table report, report_revision, observation, current_figure in share row exclusive mode");
            }
        }
    }

    /**
     * Drops the foreign keys and the secondary indexes of observation and current_figure for the load and
     * returns the statements that put them back. Measured at national scale, checking two foreign keys per
     * row and maintaining the indexes row by row made the load several times slower than building the
     * indexes once and validating each foreign key with a single join. All of it happens inside the load
     * transaction, so a failed run leaves the schema exactly as it was. The definitions are read from the
     * catalog, so indexes that later migrations add are handled too.
     */
    private static List<String> dropForeignKeysAndIndexes(Connection connection) throws SQLException {
        List<String> drop = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            // Index builds sort: give them memory (this transaction only).
            st.execute("set local maintenance_work_mem = '512MB'");
            try (ResultSet rs = st.executeQuery("""
                    select c.conrelid::regclass, quote_ident(c.conname), pg_get_constraintdef(c.oid)
                    from pg_constraint c
                    where c.contype = 'f' and c.conrelid in ('observation'::regclass, 'current_figure'::regclass)
                    order by 1, 2""")) {
                while (rs.next()) {
                    drop.add("alter table %s drop constraint %s".formatted(rs.getString(1), rs.getString(2)));
                    foreignKeys.add("alter table %s add constraint %s %s".formatted(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            // Indexes that back a constraint (the primary keys) stay: they are appended to in order, which is cheap.
            try (ResultSet rs = st.executeQuery("""
                    select i.indexrelid::regclass, pg_get_indexdef(i.indexrelid)
                    from pg_index i
                    where i.indrelid in ('observation'::regclass, 'current_figure'::regclass)
                      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                    order by 1""")) {
                while (rs.next()) {
                    drop.add("drop index " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
            // observation's references are checked by a statement trigger over the rows a statement inserted (V30):
            // for the load's one COPY that would hold every row again. They are checked once by a join instead.
            drop.add("alter table observation disable trigger observation_references");
            foreignKeys.add(REFERENCES_OF_LOADED_OBSERVATIONS);
            foreignKeys.add("alter table observation enable trigger observation_references");
            for (String statement : drop) {
                st.execute(statement);
            }
        }
        List<String> rebuild = new ArrayList<>(indexes);
        rebuild.addAll(foreignKeys);
        return rebuild;
    }

    /** Fails the load if an observation names a revision or a metric that does not exist (what V30's trigger checks per statement). */
    private static final String REFERENCES_OF_LOADED_OBSERVATIONS = """
            do $$ begin
                if exists (select 1 from observation o where not exists (select 1 from report_revision rv where rv.id = o.revision_id))
                   or exists (select 1 from observation o where not exists (select 1 from metric m where m.code = o.metric_code)) then
                    raise exception 'the load wrote observations of unknown revisions or metrics' using errcode = 'foreign_key_violation';
                end if;
            end $$""";

    private void copyReports(Connection connection, List<PlannedReport> reports, long revisionBase, String with)
            throws SQLException {
        try (CopyBuffer out = copy(connection,
                "copy report (id, issuer_name, issuer_kind, division_code, year, scope, current_revision_no, created_at)"
                        + " from stdin" + with)) {
            for (PlannedReport r : reports) {
                out.number(r.id()).tab().text(r.issuerName()).tab().text(r.issuerKind()).tab().text(r.divisionCode())
                        .tab().number(r.year()).tab().text(r.scope()).tab().number(1).tab().text(recordedAt(r.publishedOn()));
                out.endRow();
            }
        }
        long reportBase = reports.isEmpty() ? 0 : reports.get(0).id() - 1;
        try (CopyBuffer out = copy(connection,
                "copy report_revision (id, report_id, revision_no, status, edition, title, published_on, recorded_at, recorded_by)"
                        + " from stdin" + with)) {
            for (PlannedReport r : reports) {
                out.number(revisionBase + (r.id() - reportBase)).tab().number(r.id()).tab().number(1).tab().text("published")
                        .tab().text(r.edition()).tab().text(r.issuerName() + r.year() + "年政府信息公开工作年度报告")
                        .tab().text(r.publishedOn().toString()).tab().text(recordedAt(r.publishedOn()))
                        .tab().text(RECORDED_BY);
                out.endRow();
            }
        }
    }

    /** Recorded on the day of publication, so that asOf queries over the years see a plausible history. */
    private static String recordedAt(LocalDate publishedOn) {
        return publishedOn + " 12:00:00+08";
    }

    /** The same projection the write path maintains per report (CurrentFigureRepository), for all at once. */
    private static long projectCurrentFigures(Connection connection, long reportBase, int count) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // Without statistics a freshly created schema looks empty to the planner, which then joins
            // millions of rows with nested loops (measured: still running after 10 minutes at 1M rows).
            st.execute("analyze report, report_revision, observation");
            return st.executeUpdate(CurrentFigureRepository.projectionInsert("r.id > %d and r.id <= %d".formatted(reportBase, reportBase + count)));
        }
    }

    private static CopyBuffer copy(Connection connection, String sql) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        return new CopyBuffer(new PGCopyOutputStream(pg, sql, 1 << 16));
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The service keeps inserting after a load: its next id must come after the generated ones. */
    private static void advanceSequence(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("select setval(pg_get_serial_sequence('%s', 'id'), coalesce(max(id), 0) + 1, false) from %s"
                    .formatted(table, table));
        }
    }

    private long lap(String phase, long start) {
        long now = System.nanoTime();
        seconds.put(phase, (now - start) / 1e9);
        return now;
    }

    private static void print(GeneratorOptions options, Summary s) {
        double total = s.seconds().values().stream().mapToDouble(Double::doubleValue).sum();
        double load = s.seconds().getOrDefault("observations", 0.0);
        List<String> lines = new ArrayList<>();
        lines.add("schema %s, seed %d, scale %s, years %d-%d".formatted(options.schema(), options.seed(), options.scale(),
                options.firstYear(), options.lastYear()));
        lines.add("divisions used   %,12d".formatted(s.divisions()));
        lines.add("reports          %,12d".formatted(s.reports()));
        lines.add("revisions        %,12d".formatted(s.revisions()));
        lines.add("observations     %,12d   (%,d blank)".formatted(s.observations(), s.blanks()));
        lines.add("current_figure   %,12d".formatted(s.currentFigures()));
        s.seconds().forEach((phase, secs) -> lines.add("  %-16s %8.1f s".formatted(phase, secs)));
        lines.add("  %-16s %8.1f s".formatted("total", total));
        lines.add("observation COPY %,12.0f rows/s".formatted(load > 0 ? s.observations() / load : 0));
        lines.add("overall          %,12.0f observations/s".formatted(total > 0 ? s.observations() / total : 0));
        System.out.println(String.join(System.lineSeparator(), lines));
    }
}
