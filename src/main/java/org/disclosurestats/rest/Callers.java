package org.disclosurestats.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
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

    Caller current() {
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
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
