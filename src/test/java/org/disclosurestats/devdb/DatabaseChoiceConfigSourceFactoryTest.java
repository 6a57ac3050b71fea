package org.disclosurestats.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Optional;
import org.disclosurestats.devdb.DatabaseChoice.Kind;
import org.junit.jupiter.api.Test;

/** What each choice does to the datasource configuration, over application.properties' default URL. */
class DatabaseChoiceConfigSourceFactoryTest {

    private static final String URL = "quarkus.datasource.jdbc.url";

    private static SmallRyeConfig configWith(DatabaseChoice choice) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(URL, "jdbc:postgresql://127.0.0.1:5432/postgres",
                        "quarkus.datasource.username", "someone", "quarkus.datasource.devservices.enabled", "false"),
                        "application.properties", 250))
                .withSources(new PropertiesConfigSource(DatabaseChoiceConfigSourceFactory.properties(choice),
                        "DatabaseChoice", DatabaseChoiceConfigSourceFactory.ORDINAL))
                .build();
    }

    @Test
    void theLocalChoiceKeepsTheDefaultUrl() {
        SmallRyeConfig config = configWith(new DatabaseChoice(Kind.LOCAL, Optional.empty(), "answers"));
        assertEquals(Optional.of("jdbc:postgresql://127.0.0.1:5432/postgres"), config.getOptionalValue(URL, String.class));
    }

    @Test
    void theDevServicesChoiceHidesTheDefaultUrlAndTurnsDevServicesOn() {
        SmallRyeConfig config = configWith(new DatabaseChoice(Kind.DEV_SERVICES, Optional.empty(), "engine"));
        assertEquals(Optional.empty(), config.getOptionalValue(URL, String.class),
                "Dev Services start only for a datasource without a URL");
        assertEquals(Optional.of(true),
                config.getOptionalValue("quarkus.datasource.devservices.enabled", Boolean.class));
    }

    @Test
    void theEmbeddedChoiceSetsItsUrlAndTheSuperuserInitdbMade() {
        SmallRyeConfig config = configWith(new DatabaseChoice(Kind.EMBEDDED,
                Optional.of("jdbc:postgresql://localhost:40000/postgres"), "nothing else"));
        assertEquals("jdbc:postgresql://localhost:40000/postgres", config.getValue(URL, String.class));
        assertEquals("postgres", config.getValue("quarkus.datasource.username", String.class));
    }
}
