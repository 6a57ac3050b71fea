package org.disclosurestats.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Splits the tests into two layers so that {@code ./mvnw test} runs only the fast one: plain JUnit tests
 * of rules, with no service and no database. The other layer (every {@code @QuarkusTest}, and plain
 * tests tagged {@value #DATABASE}) runs in {@code verify}. The layer comes from the {@code test.layer}
 * system property the build sets per Surefire execution; without it, or when tests are picked by name
 * ({@code -Dtest=…}), nothing is filtered, except that the second execution then runs nothing (the first
 * already ran what was picked).
 */
public final class TestLayerFilter implements PostDiscoveryFilter {

    /** Tag of plain tests that need PostgreSQL. */
    public static final String DATABASE = "database";

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        String layer = System.getProperty("test.layer");
        String testClass = testClassOf(descriptor.getUniqueId());
        if (layer == null || testClass == null) {
            return FilterResult.included("no layer asked for");
        }
        if (System.getProperty("test") != null) {
            return "fast".equals(layer) ? FilterResult.included("picked by name") : FilterResult.excluded("picked tests ran in the first layer");
        }
        boolean fast = !needsTheService(testClass);
        return fast == "fast".equals(layer) ? FilterResult.included(layer) : FilterResult.excluded("not in the " + layer + " layer");
    }

    /** The top-level class of a descriptor, from its id: Quarkus hands over descriptors whose sources come from its own class loader. */
    private static String testClassOf(UniqueId id) {
        return id.getSegments().stream().filter(s -> s.getType().equals("class")).map(UniqueId.Segment::getValue).findFirst().orElse(null);
    }

    /** Read from the class file, for the same reason: reflection on Quarkus-loaded classes can show no annotations. */
    static boolean needsTheService(String className) {
        String bytes = classFile(className);
        return bytes.contains("Lio/quarkus/test/junit/QuarkusTest;")
                || bytes.contains("Lorg/junit/jupiter/api/Tag;") && bytes.contains(DATABASE);
    }

    private static String classFile(String className) {
        try (InputStream in = TestLayerFilter.class.getClassLoader().getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
