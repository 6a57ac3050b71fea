package org.disclosurestats.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Which version of the curated seed reports was last recorded in full (seed_state, one row at most). */
@ApplicationScoped
public class SeedStateRepository {

    @Inject
    EntityManager em;

    public Optional<String> recordedFingerprint() {
        List<?> found = em.createNativeQuery("select fingerprint from seed_state").getResultList();
        return found.stream().map(String.class::cast).findFirst();
    }

    public void recordFingerprint(String fingerprint) {
        em.createNativeQuery("delete from seed_state").executeUpdate();
        em.createNativeQuery("insert into seed_state (fingerprint) values (?1)").setParameter(1, fingerprint).executeUpdate();
    }
}
