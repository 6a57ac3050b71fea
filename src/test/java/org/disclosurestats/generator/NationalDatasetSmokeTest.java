package org.disclosurestats.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator on a small dataset (宁夏: 1 province, 5 prefectures, 22 counties; 2020-2021: about 28,000
 * rows), in a scratch schema of its own, so that it cannot rot unnoticed. The assertions are the
 * invariants the benchmark relies on, checked with SQL against what was actually loaded.
 */
@org.junit.jupiter.api.Tag(org.disclosurestats.testing.TestLayerFilter.DATABASE)
class NationalDatasetSmokeTest {

    private static final String URL = env("DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("DB_USER", "postgres");
    private static final String PASSWORD = env("DB_PASSWORD", "");
    /** Follows TEST_DB_SCHEMA, so that two test runs sharing a database keep apart. */
    private static final String SCHEMA = env("TEST_DB_SCHEMA", "disclosure") + "_gen_smoke";

    private static NationalDataset.Summary summary;
    private static Connection connection;

    @BeforeAll
    static void generate() throws SQLException {
        connection = DriverManager.getConnection(URL, USER, PASSWORD);
        execute("drop schema if exists " + SCHEMA + " cascade");
        summary = NationalDataset.run(args(42));
        execute("set search_path to " + SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (connection != null) {
            execute("drop schema if exists " + SCHEMA + " cascade");
            connection.close();
        }
    }

    private static String[] args(long seed) {
        return new String[] {"--url", URL, "--user", USER, "--password", PASSWORD, "--schema", SCHEMA,
                "--seed", Long.toString(seed), "--provinces", "640000", "--years", "2020-2021", "--truncate"};
    }

    @Test
    void loadsAboutTwoHundredObservationsPerReport() throws SQLException {
        long reports = number("select count(*) from report");
        long observations = number("select count(*) from observation");
        assertEquals(summary.reports(), reports);
        assertEquals(summary.observations(), observations);
        assertTrue(reports >= 100 && reports <= 200, "reports: " + reports);
        // Every report of 2020-2021 fills a standard table of about 200 cells, plus a few prose figures.
        assertTrue(observations >= reports * 195 && observations <= reports * 240, "observations: " + observations);
        assertEquals(0, number("select count(*) from report r where not exists (select 1 from report_revision rv join observation o on o.revision_id = rv.id where rv.report_id = r.id)"));
        assertEquals(0, number("select count(*) from report r join report_revision rv on rv.report_id = r.id where rv.edition not in ('2019', '2021')"),
                "2020-2021 reports use the 2019 or 2021 tables");
    }

    @Test
    void leavesTheStoredRollUpsMarkedForARebuild() throws SQLException {
        // current_figure was loaded behind the service's back: the next start must rebuild rollup_total.
        assertEquals(0, number("select count(*) from rollup_state where valid"));
        assertEquals(1, number("select count(*) from rollup_state"));
    }

    @Test
    void everyReportHasOnePublishedRevisionThatIsCurrent() throws SQLException {
        assertEquals(0, number("""
                select count(*) from report r
                where r.current_revision_no <> 1
                   or (select count(*) from report_revision rv where rv.report_id = r.id) <> 1
                   or not exists (select 1 from report_revision rv where rv.report_id = r.id and rv.revision_no = 1
                                  and rv.status = 'published' and rv.recorded_by = 'generator' and rv.text_sha256 is null)"""));
    }

    @Test
    void everyReportDivisionIsValidInItsYearAndNoZoneReports() throws SQLException {
        assertEquals(0, number("""
                select count(*) from report r
                where not exists (select 1 from division d where d.code = r.division_code and d.level <> 'zone'
                                  and (d.valid_from is null or d.valid_from <= r.year) and (d.valid_to is null or d.valid_to >= r.year))"""));
        assertEquals(number("select count(distinct division_code) from report"), summary.divisions());
        assertTrue(number("select count(*) from report where scope = 'aggregate'") > 0, "the province reports for its territory");
        assertTrue(number("select count(*) from report where issuer_kind = 'department'") > 0, "departments report too");
        assertTrue(number("select count(*) from report r join division d on d.code = r.division_code where d.level = 'county'"
                + " and r.scope = 'self' and r.issuer_kind = 'government'") > 0, "counties report on themselves");
    }

    @Test
    void currentFigureIsExactlyTheReportedOwnFiguresOfCurrentRevisions() throws SQLException {
        String own = """
                select r.id, o.metric_code, r.division_code, left(r.division_code, 2) || '0000', r.year, r.scope, o.value
                from report r
                join report_revision rv on rv.report_id = r.id and rv.revision_no = r.current_revision_no
                join observation o on o.revision_id = rv.id
                where o.status = 'reported' and o.breakdown = '' and o.subject_name is null""";
        String projected = "select report_id, metric_code, division_code, province_code, year, scope, value from current_figure";
        assertEquals(number("select count(*) from (" + own + ") x"), number("select count(*) from current_figure"));
        assertEquals(summary.currentFigures(), number("select count(*) from current_figure"));
        assertEquals(0, number("select count(*) from ((" + own + ") except (" + projected + ")) x"));
        assertEquals(0, number("select count(*) from ((" + projected + ") except (" + own + ")) x"));
    }

    @Test
    void blankCellsHaveNoValueAndAreNotProjected() throws SQLException {
        assertTrue(summary.blanks() > 0, "some reports leave cells blank");
        assertEquals(summary.blanks(), number("select count(*) from observation where status = 'blank'"));
        assertEquals(0, number("select count(*) from observation where status = 'blank' and value is not null"));
        assertEquals(0, number("select count(*) from observation where status = 'reported' and value is null"));
        assertEquals(0, number("""
                select count(*) from current_figure cf join report_revision rv on rv.report_id = cf.report_id
                join observation o on o.revision_id = rv.id and o.metric_code = cf.metric_code and o.breakdown = ''
                where o.status = 'blank'"""));
    }

    /**
     * Section 三 cells of the 2021 reports, split into row and applicant column. Only table cells: a prose total that
     * shares the prefix (req.denied.total, all grounds together) is no row of the table.
     */
    private static final String REQUEST_CELLS = """
            with cells as (
                select o.revision_id, regexp_replace(o.metric_code, '^req\\.(.+)\\.[a-z_]+$', '\\1') as row_key,
                       substring(o.metric_code from '[a-z_]+$') as col, o.value, o.status
                from observation o join report_revision rv on rv.id = o.revision_id
                where rv.edition = '2021' and o.metric_code like 'req.%' and o.table_row is not null)
            """;

    @Test
    void identityI1HoldsInEveryFullyFilledColumn() throws SQLException {
        long[] checked = violationsAndChecked(REQUEST_CELLS + """
                select count(*) filter (where n + co <> t + cf), count(*) from (
                    select revision_id, col,
                           sum(value) filter (where row_key = 'new') n, sum(value) filter (where row_key = 'carried_over') co,
                           sum(value) filter (where row_key = 'total') t, sum(value) filter (where row_key = 'carried_forward') cf
                    from cells where row_key in ('new', 'carried_over', 'total', 'carried_forward')
                    group by revision_id, col
                    having count(*) = 4 and bool_and(status = 'reported')) x""");
        assertEquals(0, checked[0], "columns where new + carried over <> total + carried forward");
        assertTrue(checked[1] > 20, "columns checked: " + checked[1]);
    }

    @Test
    void identityI2HoldsInEveryFullyFilledColumn() throws SQLException {
        long[] checked = violationsAndChecked(REQUEST_CELLS + """
                select count(*) filter (where t <> outcomes), count(*) from (
                    select revision_id, col, sum(value) filter (where row_key = 'total') t,
                           sum(value) filter (where row_key not in ('new', 'carried_over', 'total', 'carried_forward')) outcomes
                    from cells group by revision_id, col
                    having bool_and(status = 'reported')) x""");
        assertEquals(0, checked[0], "columns whose outcome rows do not add up to the total handled");
        assertTrue(checked[1] > 20, "columns checked: " + checked[1]);
    }

    @Test
    void identityI3HoldsInEveryFullyFilledRow() throws SQLException {
        long[] checked = violationsAndChecked(REQUEST_CELLS + """
                select count(*) filter (where total <> parts), count(*) from (
                    select revision_id, row_key, sum(value) filter (where col <> 'total') parts, sum(value) filter (where col = 'total') total
                    from cells group by revision_id, row_key
                    having count(*) = 7 and bool_and(status = 'reported')) x""");
        assertEquals(0, checked[0], "rows whose 总计 is not the sum of the six applicant columns");
        assertTrue(checked[1] > 100, "rows checked: " + checked[1]);
    }

    @Test
    void identityI4HoldsInEveryFullyFilledAppealGroup() throws SQLException {
        long[] checked = violationsAndChecked("""
                select count(*) filter (where total <> parts), count(*) from (
                    select o.revision_id, split_part(o.metric_code, '.', 2) grp,
                           sum(value) filter (where o.metric_code not like '%.total') parts,
                           sum(value) filter (where o.metric_code like '%.total') total
                    from observation o where o.metric_code like 'appeal.%'
                    group by o.revision_id, grp having count(*) = 5 and bool_and(o.status = 'reported')) x""");
        assertEquals(0, checked[0], "appeal groups whose 总计 is not 维持 + 纠正 + 其他 + 尚未审结");
        assertTrue(checked[1] > 10, "groups checked: " + checked[1]);
    }

    @Test
    void sequencesContinueAfterTheGeneratedIds() throws SQLException {
        for (String table : new String[] {"report", "report_revision", "observation"}) {
            long max = number("select max(id) from " + table);
            long next = number("select nextval(pg_get_serial_sequence('" + table + "', 'id'))");
            assertEquals(max + 1, next, table);
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOther() throws SQLException {
        String first = checksum();
        NationalDataset.run(args(42));
        assertEquals(first, checksum(), "a second run with the same seed");
        NationalDataset.run(args(43));
        assertNotEquals(first, checksum(), "a run with another seed");
        NationalDataset.run(args(42)); // leave the seed-42 data for the other tests, whatever their order
        assertEquals(first, checksum());
    }

    private static String checksum() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("""
                select md5(string_agg(concat_ws('|', r.id, r.issuer_name, r.issuer_kind, r.division_code, r.year, r.scope,
                           r.created_at, rv.id, rv.edition, rv.title, rv.published_on, rv.recorded_at, o.id, o.metric_code,
                           o.breakdown, o.value, o.status, o.qualifier, o.written_as, o.table_row, o.table_column), ',' order by o.id))
                       || ':' || count(*)
                from report r join report_revision rv on rv.report_id = r.id join observation o on o.revision_id = rv.id""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long[] violationsAndChecked(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static long number(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        return Objects.requireNonNullElse(System.getenv(name), fallback);
    }
}
