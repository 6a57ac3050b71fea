package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.disclosurestats.domain.FlatObservation;
import org.disclosurestats.projection.FlatObservations;

/** The flat extract of every current figure, one keyset page at a time. */
@ApplicationScoped
public class ObservationExtract {

    @Inject
    FlatObservations flat;

    /** Observations after {@code afterId} in id order, filtered (null: no filter; years both given or both null). */
    @Transactional
    public List<FlatObservation> page(Collection<String> metrics, String divisionCode, Collection<String> withinCodes, String level,
                                      Integer yearFrom, Integer yearTo, long afterId, int limit) {
        return flat.currentPage(new FlatObservations.FlatFilter(metrics, divisionCode, withinCodes, level, yearFrom, yearTo), afterId, limit);
    }
}
