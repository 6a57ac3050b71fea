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

    static boolean wantsCsv(String accept) {
        return accept != null && accept.toLowerCase().contains(TEXT_CSV) && !accept.toLowerCase().startsWith(MediaType.APPLICATION_JSON);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(MediaType.valueOf(TEXT_CSV)) && (type.isRecord() || Collection.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object entity, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", TEXT_CSV + ";charset=UTF-8");
        Rows rows = rowsOf(entity, genericType);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>();
        columns(rows.type(), "", header);
        line(writer, header);
        for (Object row : rows.values()) {
            List<String> cells = new ArrayList<>();
            cells(row, rows.type(), cells);
            line(writer, cells);
        }
        writer.flush();
    }

    private record Rows(Class<?> type, Collection<?> values) {
    }

    private static Rows rowsOf(Object entity, Type genericType) {
        if (entity instanceof Collection<?> collection) {
            return new Rows(elementType(genericType, collection), collection);
        }
        for (RecordComponent component : entity.getClass().getRecordComponents()) {
            if (ROW_COMPONENTS.contains(component.getName()) && Collection.class.isAssignableFrom(component.getType())) {
                Collection<?> values = (Collection<?>) read(component, entity);
                return new Rows(elementType(component.getGenericType(), values), values);
            }
        }
        return new Rows(entity.getClass(), List.of(entity));
    }

    private static Class<?> elementType(Type genericType, Collection<?> values) {
        if (genericType instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return values.isEmpty() ? Object.class : values.iterator().next().getClass();
    }

    private static void columns(Class<?> type, String prefix, List<String> header) {
        if (!type.isRecord()) {
            header.add(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1));
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isRecord()) {
                columns(c.getType(), prefix + name(c) + ".", header);
            } else if (!Map.class.isAssignableFrom(c.getType())) {
                header.add(prefix + name(c));
            }
        }
    }

    /** The JSON name of a component, so that CSV and JSON name a field alike. */
    private static String name(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty renamed = component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static void cells(Object value, Class<?> type, List<String> cells) {
        if (!type.isRecord()) {
            cells.add(text(value));
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Object component = value == null ? null : read(c, value);
            if (c.getType().isRecord()) {
                cells(component, c.getType(), cells);
            } else if (!Map.class.isAssignableFrom(c.getType())) {
                cells.add(text(component));
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
                    ? text(read(e.getClass().getRecordComponents()[0], e)) : text(e)).toList());
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
