package org.disclosurestats.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosurestats.domain.Division;
import org.disclosurestats.repository.CurrentFigureRepository;
import org.disclosurestats.repository.RegionalFigure;
import org.disclosurestats.repository.RollupRepository;
import org.jboss.logging.Logger;

/**
 * Recomputes every stored roll-up from current_figure, for when the rows cannot be trusted: after a
 * bulk load that wrote current_figure directly (the dataset generator marks rollup_state invalid), or
 * after a migration onto existing figures. It uses the in-memory {@link RollUp}, the same rule the
 * maintainer applies row by row.
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

    /** After the catalogue and the tree (priority 10), before the seeds (20) write through the maintainer. */
    @Transactional
    void rebuildIfInvalid(@Observes @Priority(15) StartupEvent start) {
        if (!rollups.valid()) {
            rebuildAll();
        }
    }

    /** Replaces every rollup_total row, one (province, year) chunk at a time, and marks the rows valid. */
    @Transactional
    public void rebuildAll() {
        long started = System.nanoTime();
        // Writers of rollup rows must wait: the rows about to be written would overwrite theirs.
        em.createNativeQuery("lock table rollup_total in exclusive mode").executeUpdate();
        rollups.deleteAll();
        int rows = 0;
        for (Object[] chunk : chunks()) {
            String province = (String) chunk[0];
            int year = ((Number) chunk[1]).intValue();
            Division root = tree.at(province, year).orElse(null);
            if (root == null) {
                continue; // figures of a province code not valid that year reach no total
            }
            Map<String, List<RegionalFigure>> byMetric = figures.currentOfProvince(province, year).stream()
                    .collect(Collectors.groupingBy(RegionalFigure::metric));
            List<Division> holders = tree.holdingRollUps(root, year);
            List<RollupRepository.Row> out = new ArrayList<>();
            for (Map.Entry<String, List<RegionalFigure>> e : byMetric.entrySet()) {
                RollUp rollUp = new RollUp(tree, year, e.getValue());
                for (Division d : holders) {
                    RollUp.Total total = rollUp.totalOf(d);
                    if (!total.isEmpty()) {
                        out.add(RollupMaintainer.rowOf(e.getKey(), d, year, total));
                    }
                }
            }
            rollups.copy(out);
            rows += out.size();
        }
        rollups.setValid(true);
        LOG.infof("rebuilt %,d roll-up rows in %d ms", rows, (System.nanoTime() - started) / 1_000_000);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> chunks() {
        return em.createNativeQuery("select distinct province_code, year from current_figure order by 1, 2").getResultList();
    }
}
