package org.disclosurestats.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Answers already given to requests carrying an Idempotency-Key, per caller. Claimed and completed
 * in the transaction that does the work, so a key is recorded exactly when the work is.
 */
@ApplicationScoped
public class IdempotencyRepository {

    /** A recorded answer, and the hash of the request it answered. */
    public record Stored(String requestSha256, int status, String location, String etag, String body) {
    }

    @Inject
    EntityManager em;

    /**
     * Claims a key for this transaction. Empty when the claim is new; otherwise the answer recorded
     * for it. A concurrent claim of the same key waits here until the first transaction ends: it then
     * finds the first answer, or (if the first rolled back) gets the claim itself.
     */
    public Optional<Stored> claim(String caller, String key, String requestSha256) {
        int inserted = em.createNativeQuery("insert into idempotency_record (caller, idem_key, request_sha256) values (?1, ?2, ?3)"
                        + " on conflict (caller, idem_key) do nothing")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestSha256).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_sha256, status, location, etag, body from idempotency_record"
                        + " where caller = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Stored((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]));
    }

    /** Records the answer to a claimed key. */
    public void complete(String caller, String key, int status, String location, String etag, String body) {
        em.createNativeQuery("update idempotency_record set status = ?3, location = ?4, etag = ?5, body = ?6 where caller = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, etag).setParameter(6, body).executeUpdate();
    }
}
