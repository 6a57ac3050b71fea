package org.disclosurestats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OwnFigureTest {

    @Test
    void onlyUnbrokenFiguresAboutTheIssuerAreItsOwn() {
        assertTrue(OwnFigure.is("", null));
        assertFalse(OwnFigure.is("网站", null), "one category of a breakdown");
        assertFalse(OwnFigure.is("", "昌吉州"), "a figure about another unit");
        assertFalse(OwnFigure.is("网站", "昌吉州"));
    }

    @Test
    void observationsFollowTheSameRule() {
        Observation own = new Observation();
        own.breakdown = "";
        Observation other = new Observation();
        other.breakdown = "";
        other.subjectName = "乌鲁木齐市人民政府办公厅";
        assertTrue(OwnFigure.is(own));
        assertFalse(OwnFigure.is(other));
    }

    @Test
    void theSqlFormNamesBothConditionsOnTheObservationAlias() {
        assertEquals("o.subject_name is null and o.breakdown = ''", OwnFigure.SQL);
    }
}
