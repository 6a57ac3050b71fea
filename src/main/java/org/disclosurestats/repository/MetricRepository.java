package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosurestats.domain.Metric;

@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String> {

    /** The whole catalogue in its documented order. */
    /** Native SQL: read once at start-up, where parsing a first HQL query would cost more than the read. */
    @SuppressWarnings("unchecked")
    public List<Metric> catalogue() {
        return getEntityManager().createNativeQuery("select * from metric order by sort_order, code", Metric.class).getResultList();
    }
}
