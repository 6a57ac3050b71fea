package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.disclosurestats.repository.IdempotencyRepository;

/**
 * Requests carrying an Idempotency-Key, done at most once per caller and key: the key is claimed, the
 * work done and its answer recorded in one transaction, so a key is recorded exactly when the work is.
 */
@ApplicationScoped
public class IdempotentRequests {

    @Inject
    IdempotencyRepository records;

    /** An answer as recorded for a key. */
    public record Answer(int status, String location, String etag, String body) {
    }

    /** The work's fresh result, or (when the key was used before) the first answer. */
    public record Result<T>(T fresh, Answer replayed) {
    }

    /**
     * Does {@code work} unless the caller used {@code key} before (null: no key, always done); the
     * answer {@code recordAs} makes of a fresh result is kept for retries. The same key with another
     * request is a 422.
     */
    @Transactional
    public <T> Result<T> once(String caller, String key, String requestSha256, Supplier<T> work, Function<T, Answer> recordAs) {
        if (key == null) {
            return new Result<>(work.get(), null);
        }
        Optional<IdempotencyRepository.Stored> first = records.claim(caller, key, requestSha256);
        if (first.isPresent()) {
            if (!first.get().requestSha256().equals(requestSha256)) {
                throw new ApiProblem(422, "idempotency-key-reused", "Idempotency-Key reused for another request",
                        "The Idempotency-Key '" + key + "' was used for a request with a different body; use a new key for a new request.",
                        "Idempotency-Key", List.of());
            }
            IdempotencyRepository.Stored s = first.get();
            return new Result<>(null, new Answer(s.status(), s.location(), s.etag(), s.body()));
        }
        T result = work.get();
        Answer answer = recordAs.apply(result);
        records.complete(caller, key, answer.status(), answer.location(), answer.etag(), answer.body());
        return new Result<>(result, null);
    }
}
