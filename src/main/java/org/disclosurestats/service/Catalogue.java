package org.disclosurestats.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.repository.MetricRepository;

/**
 * The metric catalogue, held in memory: it changes only with a migration, i.e. with a deployment.
 * Every question about what a metric is or how it adds is answered here.
 */
@ApplicationScoped
public class Catalogue {

    @Inject
    MetricRepository metrics;

    private volatile Map<String, Metric> byCode = Map.of();
    private volatile List<Metric> ordered = List.of();
    private volatile String fingerprint = "";
    private volatile Map<String, Formula> formulas = Map.of();

    @Transactional
    void load(@Observes @jakarta.annotation.Priority(10) StartupEvent start) {
        Map<String, Metric> loaded = new LinkedHashMap<>();
        for (Metric m : metrics.catalogue()) {
            metrics.getEntityManager().detach(m);
            loaded.put(m.code, m);
        }
        byCode = Map.copyOf(loaded);
        ordered = List.copyOf(loaded.values());
        // Parsed once: a malformed formula stops the start, and aggregates never parse on a request.
        Map<String, Formula> parsed = new LinkedHashMap<>();
        ordered.stream().filter(m -> m.formula != null).forEach(m -> parsed.put(m.code, Formula.parse(m.formula)));
        formulas = Map.copyOf(parsed);
        fingerprint = Hashing.sha256Hex(ordered.stream()
                .map(m -> m.code + ' ' + m.unit + ' ' + m.aggregation.code() + ' ' + m.formula + ' ' + String.join(",", m.editions))
                .collect(java.util.stream.Collectors.joining("\n"))).substring(0, 8);
    }

    /** Changes whenever a migration changes what a metric means or how it adds (part of every ETag). */
    public String fingerprint() {
        return fingerprint;
    }

    /** A ratio's parsed formula; null for metrics without one. */
    public Formula formulaOf(Metric metric) {
        return formulas.get(metric.code);
    }

    public Optional<Metric> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Metric require(String code, String parameter) {
        return find(code).orElseThrow(() -> ApiProblem.notFound("Metric", parameter,
                "No metric with code '" + code + "'; GET /api/v1/metrics lists the catalogue."));
    }

    /** Metrics in catalogue order, filtered by edition and section (null = any). */
    public List<Metric> matching(Edition edition, String section) {
        return ordered.stream()
                .filter(m -> edition == null || belongsTo(m, edition))
                .filter(m -> section == null || m.section.equals(section))
                .toList();
    }

    public static boolean belongsTo(Metric metric, Edition edition) {
        return Arrays.asList(metric.editions).contains(edition.code());
    }

    public List<String> sections() {
        return ordered.stream().map(m -> m.section).distinct().sorted().toList();
    }
}
