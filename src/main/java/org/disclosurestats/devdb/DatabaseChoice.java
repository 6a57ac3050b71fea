package org.disclosurestats.devdb;

import java.util.List;
import java.util.Optional;

/**
 * Which PostgreSQL the service uses when it runs in dev mode or under test: the one place that decides.
 *
 * <p>A configured URL always wins. Otherwise, in this order: a PostgreSQL already answering on the local port, Quarkus
 * Dev Services where a container engine answers, an embedded PostgreSQL run from Maven binaries. The prod profile
 * never reaches past the configured URL: a deployment must say where its database is, and never gets one started.
 *
 * @param kind   what was chosen
 * @param url    the JDBC URL to use, when this choice sets one (empty: keep the configured or default URL, or let
 *               Dev Services set it)
 * @param reason why, in words for the log line
 */
public record DatabaseChoice(Kind kind, Optional<String> url, String reason) {

    public enum Kind {
        /** DB_URL (or quarkus.datasource.jdbc.url) is set: nothing is probed or started. */
        CONFIGURED,
        /** A PostgreSQL answers on the local port with the default user. */
        LOCAL,
        /** Quarkus Dev Services starts a PostgreSQL container. */
        DEV_SERVICES,
        /** An embedded PostgreSQL, started with the application. */
        EMBEDDED,
        /** None could be had: the reason says what to do. The configured default URL stays (and will fail). */
        NONE
    }

    /** What the decision needs to know about this machine; each question is asked only when the order reaches it. */
    public interface Machine {

        /** Empty when a PostgreSQL accepts the default user on the local port; else why not. */
        Optional<String> localPostgresRefusal();

        /** Where a container engine answers, if one does. */
        Optional<String> containerEngine();

        /** Empty when an embedded PostgreSQL can run here; else why not, and what to do. */
        Optional<String> embeddedBlocker();

        /** Starts (or finds already running in this JVM) the embedded PostgreSQL; its JDBC URL. */
        String startEmbedded();
    }

    /**
     * @param profiles      the active config profiles (dev, test, prod, ...)
     * @param configuredUrl whether a datasource URL was configured (DB_URL, or the Quarkus property itself)
     * @param embeddedAsked whether the embedded database was asked for explicitly (disclosure.devdb.embedded=true)
     * @param local         a description of the local address probed, for the log line
     */
    public static DatabaseChoice decide(List<String> profiles, boolean configuredUrl, boolean embeddedAsked,
            String local, Machine machine) {
        if (profiles.contains("prod")) {
            if (embeddedAsked) {
                // A packaged service must never quietly run on a throw-away database.
                throw new IllegalStateException("The prod profile never starts an embedded PostgreSQL: "
                        + "set DB_URL to the service's database and remove disclosure.devdb.embedded");
            }
            return new DatabaseChoice(Kind.CONFIGURED, Optional.empty(), "prod profile: the configured URL only");
        }
        if (configuredUrl) {
            return new DatabaseChoice(Kind.CONFIGURED, Optional.empty(),
                    "a datasource URL is configured (DB_URL): nothing probed or started");
        }
        if (!embeddedAsked) {
            Optional<String> refusal = machine.localPostgresRefusal();
            if (refusal.isEmpty()) {
                return new DatabaseChoice(Kind.LOCAL, Optional.empty(),
                        "no DB_URL, and the PostgreSQL on " + local + " accepts the default user");
            }
            Optional<String> engine = machine.containerEngine();
            if (engine.isPresent()) {
                return new DatabaseChoice(Kind.DEV_SERVICES, Optional.empty(),
                        "no DB_URL, " + refusal.get() + ", and a container engine answers at " + engine.get());
            }
            Optional<String> blocker = machine.embeddedBlocker();
            if (blocker.isPresent()) {
                return new DatabaseChoice(Kind.NONE, Optional.empty(),
                        "no DB_URL, " + refusal.get() + ", no container engine, and " + blocker.get());
            }
            return new DatabaseChoice(Kind.EMBEDDED, Optional.of(machine.startEmbedded()),
                    "no DB_URL, " + refusal.get() + ", and no container engine");
        }
        Optional<String> blocker = machine.embeddedBlocker();
        if (blocker.isPresent()) {
            return new DatabaseChoice(Kind.NONE, Optional.empty(), "embedded asked for, but " + blocker.get());
        }
        return new DatabaseChoice(Kind.EMBEDDED, Optional.of(machine.startEmbedded()),
                "disclosure.devdb.embedded=true");
    }
}
