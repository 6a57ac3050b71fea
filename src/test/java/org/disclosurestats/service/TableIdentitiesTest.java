package org.disclosurestats.service;

import org.disclosurestats.domain.TableIdentities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.fixtures.TestCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The identities I1–I4 on a report's own cells, with the catalogue read from its migration files (no
 * database). The cells are those of a consistent 2021 report, by column natural_person, commercial,
 * four zero columns, total:
 * <pre>
 *   new              3 1 0 0 0 0 | 4
 *   carried_over     1 0 0 0 0 0 | 1
 *   granted          2 1 0 0 0 0 | 3
 *   not_held         1 0 0 0 0 0 | 1
 *   every other handling row 0 | 0
 *   total            3 1 0 0 0 0 | 4      I2: 2 + 1 = 3, 1 = 1, total 3 + 1 = 4
 *   carried_forward  1 0 0 0 0 0 | 1      I1: 3 + 1 = 3 + 1, 1 + 0 = 1 + 0, 4 + 1 = 4 + 1
 *   review: upheld 1, corrected 0, other 0, pending 0, total 1; both lawsuit rows 0
 * </pre>
 */
class TableIdentitiesTest {

    private static TableIdentityCheck identities() {
        TableIdentityCheck identities = new TableIdentityCheck();
        identities.catalogue = Catalogue.of(TestCatalogue.metrics());
        return identities;
    }

    private static Map<String, BigDecimal> consistent2021() {
        Map<String, BigDecimal> cells = new HashMap<>();
        TestCatalogue.metrics().stream().filter(m -> m.tableRow != null && m.belongsTo(Edition.F2021)
                        && (m.code.startsWith("req.") || m.code.startsWith("appeal.")))
                .forEach(m -> cells.put(m.code, BigDecimal.ZERO));
        row(cells, "new", 3, 1, 4);
        row(cells, "carried_over", 1, 0, 1);
        row(cells, "granted", 2, 1, 3);
        row(cells, "unavailable.not_held", 1, 0, 1);
        row(cells, "total", 3, 1, 4);
        row(cells, "carried_forward", 1, 0, 1);
        cells.put("appeal.review.upheld", BigDecimal.ONE);
        cells.put("appeal.review.total", BigDecimal.ONE);
        return cells;
    }

    private static void row(Map<String, BigDecimal> cells, String row, int naturalPerson, int commercial, int total) {
        cells.put("req." + row + ".natural_person", BigDecimal.valueOf(naturalPerson));
        cells.put("req." + row + ".commercial", BigDecimal.valueOf(commercial));
        cells.put("req." + row + ".total", BigDecimal.valueOf(total));
    }

    private static long count(List<TableIdentities.Result> results, String identity, TableIdentities.Status status) {
        return results.stream().filter(r -> r.identity().equals(identity) && r.status() == status).count();
    }

    @Test
    void everyIdentityHoldsOnAConsistentReport() {
        List<TableIdentities.Result> results = identities().check(Edition.F2021, consistent2021());

        // 2021: I1 and I2 on 7 columns, I3 on 25 rows, I4 on 3 rows
        assertEquals(7, count(results, "I1", TableIdentities.Status.HELD));
        assertEquals(7, count(results, "I2", TableIdentities.Status.HELD));
        assertEquals(25, count(results, "I3", TableIdentities.Status.HELD));
        assertEquals(3, count(results, "I4", TableIdentities.Status.HELD));
        assertEquals(42, results.size());
    }

    @Test
    void aWrongRowTotalBreaksI3OnThatRowAndI2AndI1OnTheTotalColumn() {
        Map<String, BigDecimal> cells = consistent2021();
        cells.put("req.granted.total", BigDecimal.valueOf(5)); // the applicant columns add up to 3

        List<TableIdentities.Result> violated = identities().check(Edition.F2021, cells).stream()
                .filter(r -> r.status() == TableIdentities.Status.VIOLATED).toList();

        TableIdentities.Result i3 = violated.stream().filter(r -> r.identity().equals("I3")).findFirst().orElseThrow();
        assertEquals("granted", i3.row());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(i3.expected()));
        assertEquals(0, BigDecimal.valueOf(5).compareTo(i3.actual()));
        // I2 on the total column: 5 + 1 = 6 handled against a stated total of 4
        TableIdentities.Result i2 = violated.stream().filter(r -> r.identity().equals("I2")).findFirst().orElseThrow();
        assertEquals("total", i2.column());
        assertEquals(0, BigDecimal.valueOf(6).compareTo(i2.expected()));
        assertEquals(2, violated.size());
    }

    @Test
    void aBlankCellMakesItsIdentitiesNotCheckableNeverZero() {
        Map<String, BigDecimal> cells = consistent2021();
        cells.put("appeal.review.other", null); // a blank cell: present, no value

        List<TableIdentities.Result> results = identities().check(Edition.F2021, cells);

        TableIdentities.Result review = results.stream().filter(r -> r.identity().equals("I4") && "review".equals(r.row())).findFirst().orElseThrow();
        assertEquals(TableIdentities.Status.NOT_CHECKABLE, review.status());
        assertEquals(List.of("appeal.review.other"), review.missing());
    }

    @Test
    void legacyReportsHaveNoStandardTables() {
        assertTrue(identities().check(Edition.LEGACY, consistent2021()).isEmpty());
    }
}
