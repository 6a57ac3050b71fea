package org.disclosurestats.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Applies the {@link DatabaseChoice} to the configuration, before the datasource (or Dev Services) reads it.
 *
 * <p>A config source factory is the earliest hook an application has: Quarkus builds the configuration with it both
 * when it augments the application (where Dev Services are decided) and when the application starts (where the
 * datasource reads its URL). Registered in META-INF/services/io.smallrye.config.ConfigSourceFactory.
 *
 * <p>Settings (all optional): {@code disclosure.devdb.local-port} (the local PostgreSQL probed, 5432),
 * {@code disclosure.devdb.data-dir} (the embedded server's data directory), {@code disclosure.devdb.embedded=true}
 * (skip the probes: always embedded, refused in prod).
 */
public class DatabaseChoiceConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger("org.disclosurestats.devdb");

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    static final int ORDINAL = 275;

    /** JVM-wide memo of choices already made, so that the several config builds of one start probe only once. */
    private static final String CHOSEN = "disclosure.devdb.choice:";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean prod = profiles.contains("prod");
        boolean embeddedAsked = "true".equalsIgnoreCase(value(context, "disclosure.devdb.embedded").orElse(""));
        if (prod && !embeddedAsked) {
            return List.of(); // a packaged service uses exactly what it is configured with
        }
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        boolean configuredUrl = value(context, "DB_URL").isPresent()
                || (url != null && url.getValue() != null && url.getConfigSourceOrdinal() > 250);
        String host = "127.0.0.1";
        int port = Integer.parseInt(value(context, "disclosure.devdb.local-port").orElse("5432"));
        String user = value(context, "quarkus.datasource.username").orElse("postgres");
        String password = value(context, "quarkus.datasource.password").orElse("");
        Path dataDirectory = value(context, "disclosure.devdb.data-dir").map(Path::of)
                .orElseGet(() -> defaultDataDirectory(profiles));

        String key = CHOSEN + String.join(",", profiles) + "|" + configuredUrl + "|" + embeddedAsked + "|" + port
                + "|" + user + "|" + dataDirectory.toAbsolutePath();
        String memo = System.getProperty(key);
        DatabaseChoice choice;
        if (memo != null) {
            choice = parse(memo);
        } else {
            choice = DatabaseChoice.decide(profiles, configuredUrl, embeddedAsked, host + ":" + port,
                    new LocalMachine(host, port, user, password, dataDirectory));
            System.setProperty(key, format(choice));
            log(choice, dataDirectory);
        }
        return List.of(new PropertiesConfigSource(properties(choice), "DatabaseChoice", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    static Map<String, String> properties(DatabaseChoice choice) {
        Map<String, String> props = new HashMap<>();
        switch (choice.kind()) {
            case DEV_SERVICES -> {
                // Dev Services only start for a datasource without a URL: the empty value hides the default one.
                props.put("quarkus.datasource.jdbc.url", "");
                props.put("quarkus.devservices.enabled", "true");
                props.put("quarkus.datasource.devservices.enabled", "true");
            }
            case EMBEDDED -> {
                props.put("quarkus.datasource.jdbc.url", choice.url().orElseThrow());
                // initdb made this superuser, with trust authentication on localhost.
                props.put("quarkus.datasource.username", "postgres");
            }
            default -> {
            }
        }
        return props;
    }

    private static void log(DatabaseChoice choice, Path dataDirectory) {
        switch (choice.kind()) {
            case CONFIGURED -> LOG.infof("Database: the configured one, because %s", choice.reason());
            case LOCAL -> LOG.infof("Database: the local PostgreSQL, because %s", choice.reason());
            case DEV_SERVICES -> LOG.infof("Database: a Dev Services container, because %s", choice.reason());
            case EMBEDDED -> LOG.infof("Database: an embedded PostgreSQL at %s (data in %s), because %s",
                    choice.url().orElseThrow(), dataDirectory.toAbsolutePath(), choice.reason());
            case NONE -> LOG.warnf("Database: none could be had, because %s", choice.reason());
        }
    }

    /** Tests keep their data under target/, dev mode under the user's cache (so that `mvn clean` keeps it). */
    static Path defaultDataDirectory(List<String> profiles) {
        if (profiles.contains("test")) {
            return Path.of("target", "embedded-postgres", "data");
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("disclosure-stats").resolve("postgres-16");
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue v = context.getValue(name);
        return v == null || v.getValue() == null || v.getValue().isBlank() ? Optional.empty()
                : Optional.of(v.getValue());
    }

    private static String format(DatabaseChoice choice) {
        return choice.kind() + "\n" + choice.url().orElse("") + "\n" + choice.reason();
    }

    private static DatabaseChoice parse(String memo) {
        String[] parts = memo.split("\n", 3);
        return new DatabaseChoice(DatabaseChoice.Kind.valueOf(parts[0]),
                parts[1].isEmpty() ? Optional.empty() : Optional.of(parts[1]), parts[2]);
    }
}
