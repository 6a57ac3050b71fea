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
import org.disclosurestats.domain.MetricFamily;
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
    private volatile Map<String, MetricFamily> families = Map.of();

    @Transactional
    void load(@Observes @jakarta.annotation.Priority(10) StartupEvent start) {
        Map<String, Metric> loaded = new LinkedHashMap<>();
        for (Metric m : metrics.catalogue()) {
            metrics.getEntityManager().detach(m);
            loaded.put(m.code, m);
        }
        index(loaded);
        families = Map.copyOf(loadFamilies(loaded));
        fingerprint = Hashing.sha256Hex(ordered.stream()
                .map(m -> m.code + ' ' + m.unit + ' ' + m.aggregation.code() + ' ' + m.formula + ' ' + String.join(",", m.editions))
                .collect(java.util.stream.Collectors.joining("\n"))
                + families.values().stream().flatMap(f -> f.members().stream().map(m -> f.code() + ' ' + m.metric().code + ' ' + m.definition()))
                .sorted().collect(java.util.stream.Collectors.joining("\n"))).substring(0, 8);
    }

    /** A catalogue of the given metrics in their order, without families, held without a database: for rules tested on their own. */
    public static Catalogue of(List<Metric> metrics) {
        Catalogue catalogue = new Catalogue();
        Map<String, Metric> byCode = new LinkedHashMap<>();
        metrics.forEach(m -> byCode.put(m.code, m));
        catalogue.index(byCode);
        return catalogue;
    }

    private void index(Map<String, Metric> loaded) {
        byCode = Map.copyOf(loaded);
        ordered = List.copyOf(loaded.values());
        // Parsed once: a malformed formula stops the start, and aggregates never parse on a request.
        Map<String, Formula> parsed = new LinkedHashMap<>();
        ordered.stream().filter(m -> m.formula != null).forEach(m -> parsed.put(m.code, Formula.parse(m.formula)));
        formulas = Map.copyOf(parsed);
    }

    /** Families in code order; their members share unit and aggregation, or the start fails. */
    private Map<String, MetricFamily> loadFamilies(Map<String, Metric> byCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = metrics.getEntityManager().createNativeQuery(
                "select f.code, f.name_zh, f.name_en, f.description, m.metric, m.definition, m.difference"
                        + " from metric_family f join metric_family_member m on m.family = f.code order by f.code, m.definition, m.metric").getResultList();
        Map<String, List<Object[]>> grouped = new java.util.TreeMap<>();
        rows.forEach(r -> grouped.computeIfAbsent((String) r[0], k -> new java.util.ArrayList<>()).add(r));
        Map<String, MetricFamily> loaded = new LinkedHashMap<>();
        grouped.forEach((code, members) -> {
            Object[] first = members.get(0);
            List<MetricFamily.Member> list = members.stream().map(r -> new MetricFamily.Member(byCode.get((String) r[4]),
                    ((Number) r[5]).intValue(), (String) r[6])).toList();
            Metric shared = list.get(0).metric();
            for (MetricFamily.Member m : list) {
                if (!m.metric().unit.equals(shared.unit) || m.metric().aggregation != shared.aggregation) {
                    throw new IllegalStateException("family " + code + ": " + m.metric().code + " differs from " + shared.code + " in unit or aggregation");
                }
            }
            Metric asMetric = new Metric();
            asMetric.code = code;
            asMetric.nameZh = (String) first[1];
            asMetric.nameEn = (String) first[2];
            asMetric.description = (String) first[3];
            asMetric.unit = shared.unit;
            asMetric.section = shared.section;
            asMetric.aggregation = shared.aggregation;
            asMetric.integral = shared.integral;
            asMetric.editions = list.stream().flatMap(m -> Arrays.stream(m.metric().editions)).distinct().toArray(String[]::new);
            loaded.put(code, new MetricFamily(code, asMetric.nameZh, asMetric.nameEn, asMetric.description, asMetric, list));
        });
        return loaded;
    }

    /** A family by its code (family.…), if it is one. */
    public Optional<MetricFamily> family(String code) {
        return Optional.ofNullable(families.get(code));
    }

    public List<MetricFamily> families() {
        return List.copyOf(families.values());
    }

    /** The family a metric belongs to, if any. */
    public Optional<MetricFamily> familyOf(String metricCode) {
        return families.values().stream().filter(f -> f.member(metricCode).isPresent()).findFirst();
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

    /** A metric or a family (as a metric: code, unit, aggregation of its members). */
    public Metric requireMetricOrFamily(String code, String parameter) {
        MetricFamily family = families.get(code);
        return family != null ? family.metric() : find(code).orElseThrow(() -> ApiProblem.notFound("Metric", parameter,
                "No metric or family with code '" + code + "'; GET /api/v1/metrics lists the catalogue and its families."));
    }

    /** Metrics in catalogue order, filtered by edition and section (null = any). */
    public List<Metric> matching(Edition edition, String section) {
        return ordered.stream()
                .filter(m -> edition == null || m.belongsTo(edition))
                .filter(m -> section == null || m.section.equals(section))
                .toList();
    }

    public List<String> sections() {
        return ordered.stream().map(m -> m.section).distinct().sorted().toList();
    }
}
