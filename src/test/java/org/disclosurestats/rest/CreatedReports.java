package org.disclosurestats.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports a test created, retracted after it: other tests (and aggregates) count the seed reports,
 * and a retracted report is absent from every read while its history stays.
 */
final class CreatedReports {

    private final List<Long> ids = new ArrayList<>();

    long track(long id) {
        ids.add(id);
        return id;
    }

    void retractAll() {
        for (long id : ids) {
            Tokens.asAdmin().delete("/api/v1/reports/" + id).then().statusCode(org.hamcrest.Matchers.anyOf(
                    org.hamcrest.Matchers.is(204), org.hamcrest.Matchers.is(404)));
        }
        ids.clear();
    }
}
