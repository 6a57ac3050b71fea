package org.disclosurestats.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.disclosurestats.repository.DatasetVersionRepository;
import org.disclosurestats.repository.ReadRoute;

/**
 * The state of the data a request reads: how many revisions are visible (now, or as of the
 * request's asOf) and the catalogue. Looked up once per request; ETags and response bodies both
 * state it. The current state usually comes from memory ({@link LiveDatasetVersion}).
 */
@RequestScoped
public class DatasetVersion {

    /** @param version stable text naming the state, e.g. "1042.5f3a9c1e"; @param lastModified null on an empty dataset */
    public record State(String version, OffsetDateTime lastModified) {
    }

    @Inject
    LiveDatasetVersion live;
    @Inject
    DatasetVersionRepository repository;
    @Inject
    Catalogue catalogue;
    @Inject
    ReadRoute route;
    @Inject
    ReplicaDatasetVersion replica;

    private State now;
    private final java.util.Map<OffsetDateTime, State> asOfs = new java.util.HashMap<>();

    public State now() {
        if (now == null) {
            now = state(current());
        }
        return now;
    }

    /** From the server this request reads: a replica's own data, or the primary's (held in memory). */
    private DatasetVersionRepository.Revisions current() {
        if (route.replica()) {
            try {
                return replica.current();
            } catch (java.sql.SQLException e) {
                route.fellBack(e);
            }
        }
        return live.current();
    }

    /** Now (from memory, usually), or as the data stood at an instant (one query, in a transaction). */
    public State asOf(OffsetDateTime asOf) {
        return asOf == null ? now() : asOfs.computeIfAbsent(asOf,
                instant -> state(QuarkusTransaction.joiningExisting().call(() -> repository.visibleRevisionsAsOf(instant))));
    }

    private State state(DatasetVersionRepository.Revisions revisions) {
        return new State(revisions.count() + "." + catalogue.fingerprint(), revisions.lastRecordedAt());
    }
}
