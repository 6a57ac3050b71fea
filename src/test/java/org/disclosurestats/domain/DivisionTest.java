package org.disclosurestats.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DivisionTest {

    /** 吐鲁番地区 652100 was valid until 2015; 阿拉山口市 652702 from 2012. */
    @Test
    void aPeriodIsValidFromItsFirstToItsLastYearInclusive() {
        assertTrue(Division.validIn(null, 2015, 2008));
        assertTrue(Division.validIn(null, 2015, 2015));
        assertFalse(Division.validIn(null, 2015, 2016));
        assertFalse(Division.validIn(2012, null, 2011));
        assertTrue(Division.validIn(2012, null, 2012));
        assertTrue(Division.validIn(2012, null, 2023));
    }

    @Test
    void theEntityAsksTheSameRule() {
        Division d = new Division();
        d.validFrom = (short) 2012;
        assertFalse(d.validIn(2011));
        assertTrue(d.validIn(2012));
        d.validTo = (short) 2014;
        assertFalse(d.validIn(2015));
    }

    @Test
    void theSqlFormBoundsBothEndsOnTheGivenAlias() {
        String sql = Division.validInYearSql("d", "r.year");
        assertTrue(sql.contains("d.valid_from <= r.year") && sql.contains("d.valid_to >= r.year"), sql);
    }

    @Test
    void aCodeIsSixDigits() {
        assertTrue(Division.isCodeShaped("652702"));
        assertFalse(Division.isCodeShaped("65270"));
        assertFalse(Division.isCodeShaped("6527021"));
        assertFalse(Division.isCodeShaped("65270x"));
        assertFalse(Division.isCodeShaped(null));
    }
}
