package org.disclosurestats.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosurestats.domain.Metric;

@ApplicationScoped
public class MetricRepository implements PanacheRepositoryBase<Metric, String> {

    /** The whole catalogue in its documented order. */
    public List<Metric> catalogue() {
        return list("order by sortOrder, code");
    }
}
