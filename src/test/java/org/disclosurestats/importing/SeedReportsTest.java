package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.disclosurestats.service.ReportService;
import org.disclosurestats.service.ReportService.Outcome;
import org.disclosurestats.service.ReportSubmission;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedReportsTest {

    @Inject
    SeedReports seeds;
    @Inject
    ReportService reports;

    @Test
    void recordingTheSeedsAgainChangesNothing() {
        // They were recorded at start-up; a second pass must find every one unchanged, still at revision 1.
        for (ReportSubmission seed : seeds.submissions()) {
            ReportService.Recorded again = reports.createOrRevise(seed, SeedReports.ACTOR, "test");
            assertEquals(Outcome.UNCHANGED, again.outcome(), seed.issuerName());
            assertEquals(1, again.revision().revisionNo, seed.issuerName());
        }
    }
}
