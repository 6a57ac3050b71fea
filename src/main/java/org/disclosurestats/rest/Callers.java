package org.disclosurestats.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclosurestats.domain.ControlCharacters;
import org.disclosurestats.service.ApiProblem;
import org.disclosurestats.service.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of a write request, from its verified bearer token: the subject (sub, else upn) is
 * recorded with every revision; the groups claim carries the roles, the divisions claim the
 * division codes a publisher writes for.
 */
@RequestScoped
public class Callers {

    public static final String PUBLISHER = "publisher";
    public static final String ADMIN = "admin";
    public static final String DIVISIONS_CLAIM = "divisions";

    @Inject
    JsonWebToken token;

    /** Clock difference tolerated between the identity provider and this service (as for expiry). */
    static final long CLOCK_SKEW_SECONDS = 60;

    Caller current() {
        // a token issued in the future was minted by a wrong clock or forged to outlive its expiry
        long issuedAt = token.getIssuedAtTime();
        if (issuedAt > Instant.now().getEpochSecond() + CLOCK_SKEW_SECONDS) {
            throw new ApiProblem(401, "unauthorized", "Authentication required", "The bearer token's iat (issued at) lies in the future.", "Authorization", null);
        }
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        OptionalInt bad = ControlCharacters.firstRefused(subject, false);
        if (bad.isPresent()) {
            throw new ApiProblem(401, "unauthorized", "Authentication required", "The bearer token's subject (sub) contains the control character "
                    + ControlCharacters.describe(subject, bad.getAsInt()) + ".", "Authorization", null);
        }
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        return new Caller(subject, groups.contains(ADMIN), groups.contains(PUBLISHER), divisions());
    }

    /** The divisions claim: an array of division codes (a single string is accepted too). */
    private Set<String> divisions() {
        Object claim = token.getClaim(DIVISIONS_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Callers::text).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(Callers::text).collect(Collectors.toUnmodifiableSet());
        }
        return claim == null ? Set.of() : Set.of(text(claim));
    }

    /** Claim values arrive as JSON-P values: a JsonString's toString() keeps its quotes. */
    private static String text(Object value) {
        return value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
    }
}
