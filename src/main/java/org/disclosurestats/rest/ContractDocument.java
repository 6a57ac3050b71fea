package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What the annotations cannot say, decided once for the whole contract (at build time):
 * <ul>
 * <li>every property of an answer that Jackson always writes is {@code required}; a property that may be
 * null says so ({@code type: [x, "null"]}, or {@code anyOf} with null for a reference). Which is which is read
 * from the record the schema is generated from: a primitive is never null, a component left out when null
 * ({@code @JsonInclude(NON_NULL)}) is optional but never null, {@code @NotNull} marks a reference that is never
 * null, and any other reference may be null. Schemas of request bodies keep their declared {@code required};</li>
 * <li>an operation without a security requirement is public: {@code security: []};</li>
 * <li>JSON is the first media type of every answer that has it (generators take the first);</li>
 * <li>an example of a repeatable parameter is a list; format is csv or json.</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractDocument implements OASFilter {

    /** The classes whose records (nested or not) are the JSON shapes; records they refer to are found from them. */
    private static final List<Class<?>> SHAPES = List.of(AggregateViews.class, ReportViews.class, DivisionView.class, MetricView.class,
            ImportViews.class, WriteViews.class, ObservationResource.class, Problem.class, SubmissionRequest.class);
    private static final Pattern REF = Pattern.compile("#/components/schemas/(.+)");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, Class<?>> records = records();
        Set<String> requestSchemas = new TreeSet<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getSecurity() == null) {
                op.setSecurity(new ArrayList<>());
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> collectRefs(m.getSchema(), api, requestSchemas));
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> r.setContent(jsonFirst(r.getContent())));
            }
            listExamples(op);
            ndjsonExampleAsText(op);
        }));
        api.getComponents().getSchemas().forEach((name, schema) -> {
            Class<?> type = records.get(name);
            if (type != null && schema.getProperties() != null) {
                declareNulls(schema, type, !requestSchemas.contains(name));
            }
        });
    }

    private static void declareNulls(Schema schema, Class<?> type, boolean answer) {
        boolean omitsNulls = omitsNulls(type);
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = jsonName(component);
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            boolean primitive = component.getType().isPrimitive();
            boolean omitted = !primitive && (omitsNulls || omitsNulls(component));
            if (answer && !omitted) {
                required.add(name);
            }
            boolean requiredInput = !answer && schema.getRequired() != null && schema.getRequired().contains(name);
            if (!primitive && !omitted && !requiredInput && !annotated(component, NotNull.class)) {
                properties.put(name, nullable(property));
            }
        }
        schema.setProperties(properties);
        if (answer && !required.isEmpty()) {
            schema.setRequired(required);
        }
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema either = OASFactory.createSchema().description(property.getDescription());
            either.addAnyOf(OASFactory.createSchema().ref(property.getRef())).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            return either;
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null) {
                property.addEnumeration(null);
            }
        }
        return property;
    }

    private static Content jsonFirst(Content content) {
        if (content == null || content.getMediaTypes() == null || !content.hasMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)) {
            return content;
        }
        Content ordered = OASFactory.createContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON));
        content.getMediaTypes().forEach((type, media) -> {
            if (!ordered.hasMediaType(type)) {
                ordered.addMediaType(type, media);
            }
        });
        return ordered;
    }

    private static void ndjsonExampleAsText(Operation op) {
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().hasMediaType(BulkReportResource.NDJSON)) {
            var examples = op.getRequestBody().getContent().getMediaType(BulkReportResource.NDJSON).getExamples();
            if (examples != null) {
                examples.values().forEach(e -> e.setValue(BulkReportResource.NDJSON_EXAMPLE));
            }
        }
    }

    private static void listExamples(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            Schema s = p.getSchema();
            if (s != null && s.getType() != null && s.getType().contains(Schema.SchemaType.ARRAY) && p.getExample() instanceof String one) {
                p.setExample(List.of(one));
            }
            if (StrictParameters.FORMAT.equals(p.getName()) && s != null && s.getEnumeration() == null) {
                s.setEnumeration(List.of("csv", "json")); // checked by StrictParameters, for every operation that has it
            }
        }
    }

    private static void collectRefs(Schema schema, OpenAPI api, Set<String> found) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            Matcher m = REF.matcher(schema.getRef());
            if (m.matches() && found.add(m.group(1))) {
                collectRefs(api.getComponents().getSchemas().get(m.group(1)), api, found);
            }
            return;
        }
        collectRefs(schema.getItems(), api, found);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collectRefs(p, api, found));
        }
        for (List<Schema> parts : new ArrayList<List<Schema>>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (parts != null) {
                parts.forEach(p -> collectRefs(p, api, found));
            }
        }
    }

    /** Schema name to record: the name its @Schema gives, else its simple name, as the generator names it. */
    static Map<String, Class<?>> records() {
        Map<String, Class<?>> byName = new HashMap<>();
        List<Class<?>> pending = new ArrayList<>(SHAPES);
        while (!pending.isEmpty()) {
            Class<?> c = pending.remove(pending.size() - 1);
            pending.addAll(List.of(c.getDeclaredClasses()));
            if (!c.isRecord()) {
                continue;
            }
            var annotation = c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            String name = annotation != null && !annotation.name().isEmpty() ? annotation.name() : c.getSimpleName();
            if (byName.putIfAbsent(name, c) != null) {
                continue;
            }
            for (RecordComponent component : c.getRecordComponents()) {
                referenced(component.getGenericType(), pending);
            }
        }
        return byName;
    }

    private static void referenced(Type type, List<Class<?>> pending) {
        if (type instanceof Class<?> c && c.isRecord()) {
            pending.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                referenced(argument, pending);
            }
        }
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static boolean omitsNulls(AnnotatedElement element) {
        JsonInclude include = element.getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }

    private static boolean omitsNulls(RecordComponent component) {
        if (omitsNulls(component.getAccessor())) {
            return true;
        }
        try {
            return omitsNulls(component.getDeclaringRecord().getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static boolean annotated(RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        if (component.getAccessor().isAnnotationPresent(annotation)) {
            return true;
        }
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).isAnnotationPresent(annotation);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
