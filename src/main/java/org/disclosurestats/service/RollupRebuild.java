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
import java.util.List;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Division;
import org.disclosurestats.repository.CurrentFigureRepository;
import org.disclosurestats.repository.RegionalFigure;
import org.disclosurestats.repository.RollupRepository;
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

    /** Replaces every rollup_total row, one (province, year) chunk at a time, and marks the rows valid. */
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
        figures.forEachProvinceYear((province, chunk) -> rows[0] += rebuildChunk(province, chunk.get(0).year(), chunk));
        rollups.setValid(true);
        LOG.infof("rebuilt %,d roll-up rows in %d ms", rows[0], (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The rows of one province and year, every metric that adds across divisions, from the in-memory
     * roll-up of that chunk: a row for every division where something is stated at or below it.
     */
    private int rebuildChunk(String province, int year, List<RegionalFigure> chunk) {
        Division root = tree.at(province, year).orElse(null);
        if (root == null) {
            return 0; // figures of a province code not valid that year reach no total
        }
        List<Division> nodes = tree.subtree(root, year);
        List<RollupRepository.Row> out = new ArrayList<>();
        chunk.stream().filter(f -> maintainer.isStored(f.metric())).collect(Collectors.groupingBy(RegionalFigure::metric)).forEach((metric, ofMetric) -> {
            RollUp rollUp = new RollUp(tree, year, ofMetric);
            for (Division d : nodes) {
                RollUp.Total total = rollUp.totalOf(d);
                if (!total.isEmpty()) {
                    out.add(RollupMaintainer.rowOf(metric, d, year, total));
                }
            }
        });
        rollups.copy(out);
        return out.size();
    }
}
