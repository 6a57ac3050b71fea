package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disclosurestats.domain.Scope;
import org.disclosurestats.service.ApiProblem;
import org.junit.jupiter.api.Test;

/** Parameter rules without a service: a value of the wrong type or range is a 400 naming the parameter, absent means the default, an id has one spelling. */
class QueryParamsTest {

    private static ApiProblem refused(org.junit.jupiter.api.function.Executable parse) {
        return assertThrows(ApiProblem.class, parse);
    }

    @Test
    void aYearIsAWholeNumberOfFourDigits() {
        assertEquals(2016, QueryParams.year(TypedParameters.wholeNumber("2016", "year"), "year"));
        assertNull(QueryParams.year(null, "year"));
        assertEquals("year", refused(() -> TypedParameters.wholeNumber("2016.5", "year")).parameter);
        ApiProblem p = refused(() -> QueryParams.year(16, "yearFrom"));
        assertEquals(400, p.status);
        assertEquals("yearFrom", p.parameter);
    }

    @Test
    void anIdHasOneSpellingOthersNameNothing() {
        assertEquals(12, QueryParams.id("12", "id"));
        assertEquals(404, refused(() -> QueryParams.id("0012", "id")).status);
        assertEquals(404, refused(() -> QueryParams.id("+12", "id")).status);
        assertEquals(404, refused(() -> QueryParams.id("١٢", "id")).status);
        assertEquals(400, refused(() -> QueryParams.id("twelve", "id")).status);
    }

    @Test
    void aPageSizeIsBetweenOneAndTheMaximum() {
        assertEquals(50, QueryParams.limit(null, 50, 200));
        assertEquals(200, QueryParams.limit(200, 50, 200));
        assertEquals("limit", refused(() -> QueryParams.limit(201, 50, 200)).parameter);
        assertEquals("limit", refused(() -> QueryParams.limit(0, 50, 200)).parameter);
    }

    @Test
    void codedValuesAndBooleansAreExact() {
        assertEquals(Scope.AGGREGATE, TypedParameters.coded(Scope.class, "aggregate", "scope"));
        assertEquals(400, refused(() -> TypedParameters.coded(Scope.class, "all", "scope")).status);
        assertTrue(TypedParameters.trueOrFalse("true", "acceptInconsistent"));
        assertFalse(TypedParameters.trueOrFalse("false", "acceptInconsistent"));
        assertEquals(400, refused(() -> TypedParameters.trueOrFalse("yes", "acceptInconsistent")).status);
        assertEquals(Choices.EmptyRows.INCLUDE, QueryParams.or(null, Choices.EmptyRows.INCLUDE));
    }

    @Test
    void aCursorRoundTripsAndAForgedOneIsRefused() {
        assertEquals(150, QueryParams.afterId(QueryParams.cursorAfter(150)));
        assertEquals(0, QueryParams.afterId(null));
        assertEquals("cursor", refused(() -> QueryParams.afterId("bm9wZQ")).parameter);
    }

    @Test
    void anInstantCarriesItsOffset() {
        assertEquals(8 * 3600, TypedParameters.instant("2026-11-21T12:00:00+08:00", "asOf").getOffset().getTotalSeconds());
        assertEquals("asOf", refused(() -> TypedParameters.instant("2026-11-21", "asOf")).parameter);
    }
}
