package org.disclosurestats.service;

import org.disclosurestats.domain.TableIdentities;
import org.disclosurestats.fixtures.TestCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurestats.domain.TableIdentities.Result;
import org.disclosurestats.domain.TableIdentities.Status;
import org.junit.jupiter.api.Test;

/** A draft whose identities fail says which rows to look at. */
class SuspectRowsTest {

    private static Result violated(String identity, String row, String column, String totalCell) {
        return new Result(identity, row, column, Status.VIOLATED, new BigDecimal("5"), new BigDecimal("6"), null, totalCell);
    }

    private static Result held(String identity, String row, String column, String totalCell) {
        return new Result(identity, row, column, Status.HELD, BigDecimal.ONE, BigDecimal.ONE, null, totalCell);
    }

    @Test
    void aRowWhoseColumnsDoNotAddUpIsNamedByItsLabel() {
        List<SuspectRows.Suspect> s = SuspectRows.of(List.of(
                violated("I3", "not_processed.petition", "total", "req.not_processed.petition.total"),
                violated("I2", null, "total", "req.total.total"),
                held("I3", "new", "total", "req.new.total")), TestCatalogue.metrics());
        assertEquals(1, s.size(), s.toString());
        assertEquals("三", s.get(0).section());
        assertEquals("（五）不予处理 1.信访举报投诉类申请", s.get(0).row());
        assertEquals(List.of("I3", "I2"), s.get(0).identities());
    }

    @Test
    void aColumnWhoseRowsDoNotAddUpIsNamedWhenNoRowFailsOnItsOwn() {
        List<SuspectRows.Suspect> s = SuspectRows.of(List.of(violated("I1", null, "commercial", "req.total.commercial")), TestCatalogue.metrics());
        assertEquals(1, s.size());
        assertNull(s.get(0).row());
        assertEquals("商业企业", s.get(0).column());
    }

    @Test
    void nothingIsSuspectWhenEveryIdentityHolds() {
        assertEquals(List.of(), SuspectRows.of(List.of(held("I4", "review", "total", "appeal.review.total")), TestCatalogue.metrics()));
    }
}
