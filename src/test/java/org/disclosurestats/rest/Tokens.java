package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Bearer tokens for tests, signed with the test key pair the test profile trusts (or, to forge, with another). */
public final class Tokens {

    static final String ISSUER = "https://test.disclosure-stats.local";

    private Tokens() {
    }

    public static String admin() {
        return sign("test-admin", Set.of(Callers.ADMIN), List.of(), testKey(), Instant.now().plusSeconds(300));
    }

    public static String publisher(String subject, String... divisions) {
        return sign(subject, Set.of(Callers.PUBLISHER), List.of(divisions), testKey(), Instant.now().plusSeconds(300));
    }

    static String withGroups(String subject, Set<String> groups, String... divisions) {
        return sign(subject, groups, List.of(divisions), testKey(), Instant.now().plusSeconds(300));
    }

    /** An admin token that expired an hour ago (well beyond the allowed clock skew). */
    static String expiredAdmin() {
        return sign("test-admin", Set.of(Callers.ADMIN), List.of(), testKey(), Instant.now().minusSeconds(3600));
    }

    /** An admin token issued (iat) this many seconds from now, valid for ten minutes after that. */
    static String adminIssuedIn(long seconds) {
        Instant issued = Instant.now().plusSeconds(seconds);
        return Jwt.issuer(ISSUER).subject("test-admin").upn("test-admin").groups(Set.of(Callers.ADMIN)).issuedAt(issued)
                .expiresAt(issued.plusSeconds(600)).sign(testKey());
    }

    /** An admin token with this subject. */
    static String adminNamed(String subject) {
        return sign(subject, Set.of(Callers.ADMIN), List.of(), testKey(), Instant.now().plusSeconds(300));
    }

    /** An admin token in every respect, but signed by a key the service does not trust. */
    static String forgedAdmin() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign("test-admin", Set.of(Callers.ADMIN), List.of(), generator.generateKeyPair().getPrivate(), Instant.now().plusSeconds(300));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification asAdmin() {
        return as(admin());
    }

    private static String sign(String subject, Set<String> groups, List<String> divisions, PrivateKey key, Instant expiresAt) {
        var claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(groups).issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt);
        if (!divisions.isEmpty()) {
            claims.claim(Callers.DIVISIONS_CLAIM, divisions);
        }
        return claims.sign(key);
    }

    private static PrivateKey testKey() {
        try {
            return KeyUtils.readPrivateKey("test-keys/privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test private key", e);
        }
    }
}
