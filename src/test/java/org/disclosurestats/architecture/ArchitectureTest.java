package org.disclosurestats.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering and size rules of the house, read from the source files so they stay true:
 * rest → service → repository / projection → domain; importing reads documents and knows none of
 * rest, service, repository or projection; no class over 350 lines; each rule's SQL in one place.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/disclosurestats");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.disclosurestats\\.(\\w+)\\.");
    /** A reference written out in full, without an import. */
    private static final Pattern QUALIFIED = Pattern.compile("org\\.disclosurestats\\.(\\w+)\\.[A-Z]");

    record Source(String layer, String name, String text) {
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    return new Source(MAIN.relativize(p).getName(0).toString(), MAIN.relativize(p).toString(),
                            Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each use of another package of the application by the sources of {@code layer}, as "File -> package". */
    private static List<String> uses(String layer, List<String> forbidden) {
        List<String> found = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.layer().equals(layer)) {
                continue;
            }
            for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    if (forbidden.contains(m.group(1)) && !found.contains(s.name() + " -> " + m.group(1))) {
                        found.add(s.name() + " -> " + m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void theSourcesAreFound() {
        // every other check passes on no files at all
        assertTrue(sources().stream().filter(s -> s.layer().equals("rest")).count() > 20, "sources under " + MAIN.toAbsolutePath());
    }

    @Test
    void resourcesReachDataOnlyThroughServices() {
        assertEquals(List.of(), uses("rest", List.of("repository", "projection")));
    }

    @Test
    void importingReadsDocumentsWithoutKnowingHttpServicesOrStorage() {
        assertEquals(List.of(), uses("importing", List.of("rest", "service", "repository", "projection")));
    }

    @Test
    void servicesKnowNothingOfHttpResources() {
        assertEquals(List.of(), uses("service", List.of("rest")));
    }

    @Test
    void storageKnowsNeitherServicesNorResources() {
        assertEquals(List.of(), uses("repository", List.of("rest", "service", "importing")));
        assertEquals(List.of(), uses("projection", List.of("rest", "service", "importing")));
    }

    @Test
    void theDomainDependsOnNothingElseOfTheApplication() {
        assertEquals(List.of(), uses("domain", List.of("rest", "service", "repository", "projection", "importing", "generator")));
    }

    @Test
    void noClassIsOver350Lines() {
        List<String> large = sources().stream().filter(s -> s.text().split("\n", -1).length - 1 > 350)
                .map(s -> s.name() + " (" + (s.text().split("\n", -1).length - 1) + " lines)").toList();
        assertEquals(List.of(), large);
    }

    @Test
    void resourcesDoNotOpenTransactions() {
        List<String> transactional = sources().stream().filter(s -> s.layer().equals("rest"))
                .filter(s -> s.text().contains("@Transactional") || s.text().contains("QuarkusTransaction")).map(Source::name).toList();
        assertEquals(List.of(), transactional);
    }

    /** The own-figure rule, division validity and the code shape each have one home; a second spelling is a second rule. */
    @Test
    void eachRuleIsSpelledOnce() {
        assertEquals(List.of("domain/OwnFigure.java"), spelling("subject_name is null"));
        assertEquals(List.of("domain/Division.java"), spelling("valid_from <="));
        assertEquals(List.of("domain/Division.java"), spelling("validFrom <= "));
        assertEquals(List.of("domain/Division.java"), spelling("[0-9]{6}"));
    }

    private static List<String> spelling(String text) {
        return sources().stream().filter(s -> s.text().contains(text)).map(Source::name).sorted().toList();
    }
}
