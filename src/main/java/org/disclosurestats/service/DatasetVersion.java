package org.disclosurestats.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.disclosurestats.repository.DatasetVersionRepository;

/**
 * The state of the data a request reads: the newest revision (now, or as of the request's asOf) and
 * the catalogue. Looked up once per request; ETags and response bodies both state it.
 */
@RequestScoped
public class DatasetVersion {

    /** @param version stable text naming the state, e.g. "1042.5f3a9c1e"; @param lastModified null on an empty dataset */
    public record State(String version, OffsetDateTime lastModified) {
    }

    @Inject
    DatasetVersionRepository repository;
    @Inject
    Catalogue catalogue;

    private State now;
    private final java.util.Map<OffsetDateTime, State> asOfs = new java.util.HashMap<>();

    @Transactional
    public State now() {
        if (now == null) {
            now = state(repository.newest());
        }
        return now;
    }

    @Transactional
    public State asOf(OffsetDateTime asOf) {
        return asOf == null ? now() : asOfs.computeIfAbsent(asOf, instant -> state(repository.newestAsOf(instant)));
    }

    private State state(DatasetVersionRepository.Newest newest) {
        return new State(newest.revisionId() + "." + catalogue.fingerprint(), newest.recordedAt());
    }
}
