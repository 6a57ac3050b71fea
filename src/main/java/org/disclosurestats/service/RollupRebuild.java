package org.disclosurestats.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Division;
import org.disclosurestats.projection.CurrentFigureRepository;
import org.disclosurestats.projection.RegionalFigure;
import org.disclosurestats.projection.RollupRepository;
import org.jboss.logging.Logger;

/**
 * Recomputes every stored roll-up from current_figure, for when the rows cannot be trusted: after a
 * bulk load that wrote current_figure directly (the dataset generator marks rollup_state invalid), or
 * after a migration onto existing figures. It uses the in-memory {@link RollUp}, the rule whose
 * increments the maintainer applies.
 */
@ApplicationScoped
public class RollupRebuild {

    private static final Logger LOG = Logger.getLogger(RollupRebuild.class);

    @Inject
    DivisionTree tree;
    @Inject
    CurrentFigureRepository figures;
    @Inject
    RollupRepository rollups;
    @Inject
    EntityManager em;
    @Inject
    RollupMaintainer maintainer;

    /** After the catalogue and the tree (priority 10), before the seeds (20) write through the maintainer. */
    void onStart(@Observes @Priority(15) StartupEvent start) {
        rebuildIfInvalid();
    }

    /**
     * Rebuilds the rows when rollup_state says they are stale; returns whether it did. Not itself
     * transactional: the rebuild must start its own transaction to get its longer timeout.
     */
    public boolean rebuildIfInvalid() {
        if (QuarkusTransaction.requiringNew().call(rollups::valid)) {
            return false;
        }
        rebuildAll();
        return true;
    }

    /** Replaces every rollup_total row, one (province, year, metric) chunk at a time, and marks the rows valid. */
    // 1M figures take about 7 s, a national dataset ten times more: past the default 60 s transaction timeout.
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public void rebuildAll() {
        long started = System.nanoTime();
        // Writes under way finish first (their rows are then in the snapshot read below) and new ones
        // wait for the commit (their refresh then starts from the rebuilt rows): each is counted once.
        em.createNativeQuery("lock table rollup_total in exclusive mode").executeUpdate();
        rollups.deleteAll();
        int[] rows = {0};
        List<RollupRepository.Row> pending = new ArrayList<>();
        Map<String, List<Division>> nodesByProvinceYear = new HashMap<>();
        figures.forEachProvinceYearMetric((province, chunk) -> {
            int year = chunk.get(0).year();
            pending.addAll(rebuildChunk(chunk.get(0).metric(), year, chunk, nodesByProvinceYear.computeIfAbsent(province + year,
                    k -> tree.at(province, year).map(root -> tree.subtree(root, year)).orElse(List.of()))));
            if (pending.size() >= COPY_ROWS) {
                rows[0] += copy(pending);
            }
        });
        rows[0] += copy(pending);
        rollups.setValid(true);
        LOG.infof("rebuilt %,d roll-up rows in %d ms", rows[0], (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The rows of one metric in one province and year, from the in-memory roll-up of its figures: a row
     * for every division where something is stated at or below it. Only metrics that add across
     * divisions are stored. {@code nodes}: the province's tree in the year, empty when the province code
     * is not valid that year (its figures reach no total).
     */
    private List<RollupRepository.Row> rebuildChunk(String metric, int year, List<RegionalFigure> ofMetric, List<Division> nodes) {
        if (nodes.isEmpty() || !maintainer.isStored(metric)) {
            return List.of();
        }
        RollUp rollUp = new RollUp(tree, year, ofMetric);
        List<RollupRepository.Row> out = new ArrayList<>();
        for (Division d : nodes) {
            RollUp.Total total = rollUp.totalOf(d);
            if (!total.isEmpty()) {
                out.add(RollupMaintainer.rowOf(metric, d, year, total));
            }
        }
        return out;
    }

    /** Rows are written by COPY in batches of about this many: one COPY per metric chunk would be a round trip each. */
    private static final int COPY_ROWS = 20_000;

    private int copy(List<RollupRepository.Row> rows) {
        int n = rows.size();
        rollups.copy(rows);
        rows.clear();
        return n;
    }
}
