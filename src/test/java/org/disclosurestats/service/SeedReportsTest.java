package org.disclosurestats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.disclosurestats.repository.SeedStateRepository;
import org.disclosurestats.service.ReportService.Outcome;
import org.disclosurestats.domain.ReportSubmission;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedReportsTest {

    @Inject
    SeedReports seeds;
    @Inject
    ReportService reports;
    @Inject
    SeedStateRepository seedState;
    @Inject
    EntityManager em;

    @Test
    void recordingTheSeedsAgainChangesNothing() {
        // They were recorded at start-up; a second pass must find every one unchanged, still at revision 1.
        for (ReportSubmission seed : seeds.submissions()) {
            ReportService.Recorded again = reports.createOrRevise(seed, SeedReports.ACTOR, "test");
            assertEquals(Outcome.UNCHANGED, again.outcome(), seed.issuerName());
            assertEquals(1, again.revision().revisionNo, seed.issuerName());
        }
    }

    @Test
    void aStartUpWithTheSameSeedsComparesNothingAndRecordsNothing() {
        assertEquals(seeds.fingerprint(), QuarkusTransaction.requiringNew().call(seedState::recordedFingerprint).orElseThrow(),
                "the start-up recorded the fingerprint of the seeds it recorded");
        long revisionsBefore = revisions();
        seeds.recordAtStartup(null);
        assertEquals(revisionsBefore, revisions());
    }

    private long revisions() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from report_revision").getSingleResult()).longValue());
    }
}
