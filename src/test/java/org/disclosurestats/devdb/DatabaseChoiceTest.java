package org.disclosurestats.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclosurestats.devdb.DatabaseChoice.Kind;
import org.junit.jupiter.api.Test;

/** The order in which a database is found, without starting one: the machine is a stand-in that records questions. */
class DatabaseChoiceTest {

    /** A machine described by its answers; it records which questions were asked. */
    static final class Described implements DatabaseChoice.Machine {
        final Optional<String> localRefusal;
        final Optional<String> engine;
        final Optional<String> blocker;
        final List<String> asked = new ArrayList<>();

        Described(Optional<String> localRefusal, Optional<String> engine, Optional<String> blocker) {
            this.localRefusal = localRefusal;
            this.engine = engine;
            this.blocker = blocker;
        }

        @Override
        public Optional<String> localPostgresRefusal() {
            asked.add("local");
            return localRefusal;
        }

        @Override
        public Optional<String> containerEngine() {
            asked.add("engine");
            return engine;
        }

        @Override
        public Optional<String> embeddedBlocker() {
            asked.add("blocker");
            return blocker;
        }

        @Override
        public String startEmbedded() {
            asked.add("start");
            return "jdbc:postgresql://localhost:40000/postgres";
        }
    }

    private static final Optional<String> NOTHING_ON_5432 = Optional.of("nothing answers on 127.0.0.1:5432");

    private static Described bareLaptop() {
        return new Described(NOTHING_ON_5432, Optional.empty(), Optional.empty());
    }

    private static DatabaseChoice decide(String profile, boolean configured, boolean embeddedAsked, Described m) {
        return DatabaseChoice.decide(List.of(profile), configured, embeddedAsked, "127.0.0.1:5432", m);
    }

    @Test
    void aConfiguredUrlWinsAndNothingIsProbedOrStarted() {
        Described laptop = bareLaptop();
        assertEquals(Kind.CONFIGURED, decide("dev", true, false, laptop).kind());
        assertEquals(List.of(), laptop.asked);
    }

    @Test
    void theProdProfileUsesTheConfiguredUrlAndNeverProbes() {
        Described laptop = bareLaptop();
        assertEquals(Kind.CONFIGURED, decide("prod", false, false, laptop).kind());
        assertEquals(List.of(), laptop.asked);
    }

    @Test
    void theProdProfileRefusesAnEmbeddedDatabaseAskedFor() {
        Described laptop = bareLaptop();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> decide("prod", false, true, laptop));
        assertTrue(refused.getMessage().contains("DB_URL"), refused.getMessage());
        assertEquals(List.of(), laptop.asked);
    }

    @Test
    void aLocalPostgresqlThatAcceptsTheDefaultUserComesFirst() {
        Described ci = new Described(Optional.empty(), Optional.of("/var/run/docker.sock"), Optional.empty());
        DatabaseChoice choice = decide("test", false, false, ci);
        assertEquals(Kind.LOCAL, choice.kind());
        assertEquals(Optional.empty(), choice.url(), "the default URL stays");
        assertEquals(List.of("local"), ci.asked);
    }

    @Test
    void withoutALocalPostgresqlAContainerEngineMeansDevServices() {
        Described docker = new Described(NOTHING_ON_5432, Optional.of("/var/run/docker.sock"), Optional.empty());
        DatabaseChoice choice = decide("dev", false, false, docker);
        assertEquals(Kind.DEV_SERVICES, choice.kind());
        assertEquals(List.of("local", "engine"), docker.asked);
        assertTrue(choice.reason().contains("/var/run/docker.sock"), choice.reason());
    }

    @Test
    void withNeitherTheEmbeddedPostgresqlIsStartedAndItsUrlUsed() {
        Described laptop = bareLaptop();
        DatabaseChoice choice = decide("dev", false, false, laptop);
        assertEquals(Kind.EMBEDDED, choice.kind());
        assertEquals(Optional.of("jdbc:postgresql://localhost:40000/postgres"), choice.url());
        assertEquals(List.of("local", "engine", "blocker", "start"), laptop.asked);
        assertTrue(choice.reason().contains("nothing answers on 127.0.0.1:5432"), choice.reason());
    }

    @Test
    void whereTheEmbeddedPostgresqlCannotRunTheReasonSaysWhatToDoAndNothingStarts() {
        Described rootWithoutNamespaces = new Described(NOTHING_ON_5432, Optional.empty(),
                Optional.of("this process runs as root ...: run as a non-root user, or set DB_URL"));
        DatabaseChoice choice = decide("test", false, false, rootWithoutNamespaces);
        assertEquals(Kind.NONE, choice.kind());
        assertTrue(choice.reason().contains("set DB_URL"), choice.reason());
        assertEquals(List.of("local", "engine", "blocker"), rootWithoutNamespaces.asked);
    }

    @Test
    void anEmbeddedDatabaseAskedForSkipsTheProbes() {
        Described ci = new Described(Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Kind.EMBEDDED, decide("dev", false, true, ci).kind());
        assertEquals(List.of("blocker", "start"), ci.asked);
    }
}
