package org.disclosurestats.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosurestats.domain.Coded;

/**
 * Renders every list and aggregate as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet
 * programs read Chinese text correctly). Columns are the row record's components, nested records
 * flattened as "parent.child": the same names as in JSON, so the header is as stable as the schema.
 * A response that wraps its rows (items, rows, points) renders those rows.
 */
@Provider
@Produces(CsvBodyWriter.TEXT_CSV)
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";
    static final Set<String> ROW_COMPONENTS = Set.of("items", "rows", "points");
    /** Rows listed beside the items, written after them in the same columns (a ranking's unranked divisions). */
    static final Set<String> EXTRA_ROW_COMPONENTS = Set.of("unranked");
    /** A series' boundaries too: a context column would shift the row columns clients read; each restated row names it in restated. */
    static final Set<String> ANSWER_ONLY = Set.of("datasetVersion", "asOf", "nextCursor", "boundaries");

    /**
     * Whether Accept prefers CSV to JSON: the higher quality wins (the most specific range that matches
     * each decides its quality); on a tie JSON, the first the operations offer.
     */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return quality(accept, TEXT_CSV) > quality(accept, MediaType.APPLICATION_JSON);
    }

    private static double quality(String accept, String type) {
        double best = 0;
        int bestSpecificity = -1;
        for (String range : accept.toLowerCase(java.util.Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].strip();
            int specificity = name.equals(type) ? 2 : name.equals(type.substring(0, type.indexOf('/')) + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = 1;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip();
                    if (parameter.startsWith("q=")) {
                        try {
                            best = Double.parseDouble(parameter.substring(2));
                        } catch (NumberFormatException e) {
                            best = 0;
                        }
                    }
                }
            }
        }
        return best;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(TEXT_CSV)) && (type.isRecord() || Collection.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", TEXT_CSV + ";charset=UTF-8");
        List<Rows> lists = rowsOf(entity, genericType);
        Map<String, String> context = new LinkedHashMap<>();
        if (entity.getClass().isRecord() && !(lists.size() == 1 && lists.get(0).values().size() == 1 && lists.get(0).values().contains(entity))) {
            contextOf(entity, context);
        }
        List<String> header = new ArrayList<>(context.keySet());
        for (Rows rows : lists) {
            List<String> columns = new ArrayList<>();
            columns(rows.type(), "", columns);
            columns.stream().filter(c -> !header.contains(c)).forEach(header::add);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, header);
        for (Rows rows : lists) {
            for (Object row : rows.values()) {
                Map<String, String> cells = new LinkedHashMap<>(context);
                cells(row, rows.type(), "", cells);
                line(writer, header.stream().map(c -> cells.getOrDefault(c, "")).toList());
            }
        }
        writer.flush();
    }

    private record Rows(Class<?> type, Collection<?> values) {
    }

    /**
     * The rows: a list itself, or the row lists of an answer (its items, and the divisions a ranking leaves
     * unranked, which keep their reason), or the one record.
     */
    private static List<Rows> rowsOf(Object entity, Type genericType) {
        if (entity instanceof Collection<?> collection) {
            return List.of(new Rows(elementType(genericType, collection), collection));
        }
        List<Rows> lists = new ArrayList<>();
        for (Set<String> names : List.of(ROW_COMPONENTS, EXTRA_ROW_COMPONENTS)) {
            for (RecordComponent component : entity.getClass().getRecordComponents()) {
                if (names.contains(component.getName()) && Collection.class.isAssignableFrom(component.getType())) {
                    Collection<?> values = (Collection<?>) read(component, entity);
                    if (values != null) {
                        lists.add(new Rows(elementType(component.getGenericType(), values), values));
                    }
                }
            }
        }
        return lists.isEmpty() ? List.of(new Rows(entity.getClass(), List.of(entity))) : lists;
    }

    /**
     * What the answer says of all its rows (a series' division, metric and unit; a ranking's metric, year and
     * unit) leads every row, so that a row read alone keeps its meaning. Lists, maps and the answer's version,
     * instant and cursor stay out: they describe the answer, not a row.
     */
    private static void contextOf(Object entity, Map<String, String> context) {
        for (RecordComponent c : entity.getClass().getRecordComponents()) {
            if (Collection.class.isAssignableFrom(c.getType()) || Map.class.isAssignableFrom(c.getType()) || ANSWER_ONLY.contains(c.getName())) {
                continue;
            }
            cells(read(c, entity), c.getType(), name(c), context);
        }
    }

    private static Class<?> elementType(Type genericType, Collection<?> values) {
        if (genericType instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return values.isEmpty() ? Object.class : values.iterator().next().getClass();
    }

    /** A record's component as a column: its JSON name, type and accessor. */
    private record Component(String name, Class<?> type, java.lang.reflect.Method accessor) {
        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }

    /**
     * Each record type's components, looked up once: asked per row (the JDK copies them and parses the accessors'
     * annotations on every call), they made a 90 MB answer take minutes of CPU.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(c -> new Component(name(c), c.getType(), c.getAccessor())).toList();
        }
    };

    private static void columns(Class<?> type, String prefix, List<String> header) {
        if (!type.isRecord()) {
            header.add(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1));
            return;
        }
        for (Component c : COMPONENTS.get(type)) {
            if (c.type().isRecord()) {
                columns(c.type(), prefix + c.name() + ".", header);
            } else if (!Map.class.isAssignableFrom(c.type())) {
                header.add(prefix + c.name());
            }
        }
    }

    /** The JSON name of a component, so that CSV and JSON name a field alike. */
    private static String name(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty renamed = component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static void cells(Object value, Class<?> type, String name, Map<String, String> cells) {
        if (!type.isRecord()) {
            cells.put(name.isEmpty() ? "value" : name, text(value));
            return;
        }
        for (Component c : COMPONENTS.get(type)) {
            Object component = value == null ? null : c.read(value);
            String path = name.isEmpty() ? c.name() : name + "." + c.name();
            if (c.type().isRecord()) {
                cells(component, c.type(), path, cells);
            } else if (!Map.class.isAssignableFrom(c.type())) {
                cells.put(path, text(component));
            }
        }
    }

    /** Lists become "a|b|c" (a list of records: each record's first component, its identifier). */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof Collection<?> list) {
            return String.join("|", list.stream().map(e -> e != null && e.getClass().isRecord()
                    ? text(COMPONENTS.get(e.getClass()).get(0).read(e)) : text(e)).toList());
        }
        return value.toString();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                writer.write('"' + cell.replace("\"", "\"\"") + '"');
            } else {
                writer.write(cell);
            }
        }
        writer.write("\r\n");
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
