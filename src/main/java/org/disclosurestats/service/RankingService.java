package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.service.AggregateService.Period;
import org.disclosurestats.service.AggregateService.TotalRow;
import org.disclosurestats.service.AggregateService.TotalsQuery;

/** Divisions ranked by their totals; only values that {@link Comparability} lets stand side by side are ranked. */
@ApplicationScoped
public class RankingService {

    @Inject
    AggregateService aggregates;
    @Inject
    Catalogue catalogue;
    @Inject
    DivisionTree tree;

    public record RankedRow(int rank, TotalRow row) {
    }

    /** A division left out of the ranking, with the reason. */
    public record Unranked(Division division, String reason, String territory) {
    }

    public record Ranking(Metric metric, int year, Level by, Division within, List<RankedRow> rows, List<Unranked> unranked) {
    }

    @Transactional
    public Ranking ranking(String metricCode, int year, String withinCode, Level by, boolean descending, int limit, OffsetDateTime asOf) {
        List<TotalRow> totals = aggregates.totals(new TotalsQuery(List.of(metricCode), by, withinCode, year, year, false, Period.YEAR, asOf));
        List<TotalRow> valued = new ArrayList<>();
        List<Unranked> unranked = new ArrayList<>();
        for (TotalRow row : totals) {
            String reason = row.total() == null ? row.note() : row.incompleteness();
            if (reason == null) {
                valued.add(row);
            } else {
                unranked.add(new Unranked(row.division(), reason, row.territory()));
            }
        }
        valued.sort(Comparator.comparing(TotalRow::total, descending ? Comparator.reverseOrder() : Comparator.naturalOrder())
                .thenComparing(r -> r.division().code));
        List<RankedRow> ranked = new ArrayList<>();
        for (int i = 0; i < valued.size() && i < limit; i++) {
            // Competition ranking: equal totals share a rank, the next rank skips (1, 2, 2, 4).
            boolean tie = i > 0 && valued.get(i).total().compareTo(valued.get(i - 1).total()) == 0;
            ranked.add(new RankedRow(tie ? ranked.get(i - 1).rank() : i + 1, valued.get(i)));
        }
        Division within = withinCode == null ? null : tree.at(withinCode, year).orElse(null);
        return new Ranking(catalogue.requireMetricOrFamily(metricCode, "metric"), year, by, within, ranked, unranked);
    }
}
