package org.disclosurestats.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.importing.QuoteLocator;
import org.disclosurestats.repository.SeedStateRepository;
import org.disclosurestats.service.ReportService.Outcome;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.ReportSubmission.Subject;
import org.jboss.logging.Logger;

/**
 * The five seed reports, curated by hand (src/main/resources/seeds/seed-reports.json), recorded at
 * start-up in every profile through the ordinary write path. Recording them again changes nothing.
 */
@ApplicationScoped
public class SeedReports {

    static final String CATALOGUE = "seeds/seed-reports.json";
    public static final String ACTOR = "seed-loader";
    private static final Logger LOG = Logger.getLogger(SeedReports.class);

    @Inject
    ObjectMapper json;
    @Inject
    ReportService reportService;
    @Inject
    SeedStateRepository seedState;

    record SeedSubject(String name, String division) {
    }

    record SeedFigure(String metric, String breakdown, SeedSubject subject, BigDecimal value, Qualifier qualifier,
                      String quote, String writtenAs) {
    }

    record SeedReport(String file, String issuerName, IssuerKind issuerKind, String division, int year, Scope scope,
                      Edition edition, String title, String sourceUrl, LocalDate publishedOn, List<SeedFigure> observations) {
    }

    /**
     * Records the seeds, all or none, unless exactly these seeds were recorded before (then nothing is
     * compared: a restart costs one query). Recording them again changes nothing, so a seed report
     * retracted since stays retracted until the seeds themselves change.
     */
    void recordAtStartup(@Observes @Priority(20) StartupEvent start) {
        String fingerprint = fingerprint();
        QuarkusTransaction.requiringNew().run(() -> {
            if (seedState.recordedFingerprint().filter(fingerprint::equals).isPresent()) {
                LOG.infof("Seed reports: already recorded (seeds %s)", fingerprint.substring(0, 12));
                return;
            }
            Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
            for (ReportSubmission submission : submissions()) {
                outcomes.merge(reportService.createOrRevise(submission, ACTOR, "curated seed data").outcome(), 1, Integer::sum);
            }
            seedState.recordFingerprint(fingerprint);
            LOG.infof("Seed reports: %s (seeds %s)", outcomes, fingerprint.substring(0, 12));
        });
    }

    /** SHA-256 over the seed catalogue and every text it quotes: any change to either is a new fingerprint. */
    String fingerprint() {
        try (InputStream in = resource(CATALOGUE)) {
            String catalogue = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder all = new StringBuilder(catalogue);
            for (SeedReport seed : json.readValue(catalogue, SeedReport[].class)) {
                all.append('\u0000').append(seed.file()).append('\u0000').append(text(seed.file()));
            }
            return Hashing.sha256Hex(all.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOGUE, e);
        }
    }

    /** The curated seeds as submissions, with each quote located in its report text. */
    public List<ReportSubmission> submissions() {
        try (InputStream in = resource(CATALOGUE)) {
            SeedReport[] seeds = json.readValue(in, SeedReport[].class);
            return java.util.Arrays.stream(seeds).map(this::toSubmission).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CATALOGUE, e);
        }
    }

    private ReportSubmission toSubmission(SeedReport seed) {
        String text = text(seed.file());
        List<Figure> figures = seed.observations().stream().map(f -> toFigure(seed.file(), text, f)).toList();
        return new ReportSubmission(seed.issuerName(), seed.issuerKind(), seed.division(), seed.year(), seed.scope(),
                seed.edition(), seed.title(), seed.sourceUrl(), seed.publishedOn(), text, figures);
    }

    private static Figure toFigure(String file, String text, SeedFigure f) {
        int start = QuoteLocator.locate(text, f.quote()).orElseThrow(() -> new IllegalStateException(
                "seed " + file + ": quote for " + f.metric() + " not found in the text: " + f.quote()));
        Provenance provenance = new Provenance(SourceKind.SENTENCE, f.quote(), start, start + f.quote().length(), f.writtenAs(),
                null, null, null);
        Subject subject = f.subject() == null ? null : new Subject(f.subject().name(), f.subject().division());
        return new Figure(f.metric(), f.breakdown(), subject, f.value(), f.qualifier(), null, provenance);
    }

    static String text(String file) {
        try (InputStream in = resource("seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed text " + file, e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing resource " + path);
        }
        return in;
    }
}
