package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosurestats.domain.Observation;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, Long> {

    /** The figures of one revision in catalogue order. */
    public List<Observation> ofRevision(long revisionId) {
        return getEntityManager().createQuery(
                        "select o from Observation o, Metric m where m.code = o.metricCode and o.revisionId = :revision"
                                + " order by m.sortOrder, o.breakdown, coalesce(o.subjectName, ''), o.id", Observation.class)
                .setParameter("revision", revisionId)
                .getResultList();
    }
}
