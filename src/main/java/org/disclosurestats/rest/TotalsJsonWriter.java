package org.disclosurestats.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The totals answer as JSON, written field by field on Jackson's generator: the same bytes as Jackson's
 * serialization of {@link AggregateViews.Totals} (same generator, same field order, same nulls), without
 * looking up a serializer per value. Totals are the largest and most requested answers (hundreds of rows),
 * and the per-value reflection was most of what a request cost. The field names follow the record
 * components; TotalsJsonWriterTest holds the two serializations equal.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class TotalsJsonWriter implements MessageBodyWriter<AggregateViews.Totals> {

    private static final SerializableString DATASET_VERSION = new SerializedString("datasetVersion");
    private static final SerializableString AS_OF = new SerializedString("asOf");
    private static final SerializableString UNITS = new SerializedString("units");
    private static final SerializableString ITEMS = new SerializedString("items");
    private static final SerializableString COLUMNS = new SerializedString("columns");
    private static final SerializableString DIVISION = new SerializedString("division");
    private static final SerializableString CODE = new SerializedString("code");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString LEVEL = new SerializedString("level");
    private static final SerializableString YEAR = new SerializedString("year");
    private static final SerializableString PERIOD = new SerializedString("period");
    private static final SerializableString METRIC = new SerializedString("metric");
    private static final SerializableString METRIC_USED = new SerializedString("metricUsed");
    private static final SerializableString EDITION_BREAK = new SerializedString("editionBreak");
    private static final SerializableString UNIT = new SerializedString("unit");
    private static final SerializableString AGGREGATION = new SerializedString("aggregation");
    private static final SerializableString TOTAL = new SerializedString("total");
    private static final SerializableString METHOD = new SerializedString("method");
    private static final SerializableString REPORTED_TOTAL = new SerializedString("reportedTotal");
    private static final SerializableString COMPUTED_TOTAL = new SerializedString("computedTotal");
    private static final SerializableString DISCREPANCY = new SerializedString("discrepancy");
    private static final SerializableString APPROXIMATE = new SerializedString("approximate");
    private static final SerializableString CONTRIBUTING_UNITS = new SerializedString("contributingUnits");
    private static final SerializableString EXPECTED_UNITS = new SerializedString("expectedUnits");
    private static final SerializableString MISSING = new SerializedString("missing");
    private static final SerializableString NOTE = new SerializedString("note");
    private static final SerializableString TERRITORY = new SerializedString("territory");
    private static final SerializableString OWN_FIGURES = new SerializedString("ownFigures");

    @Inject
    ObjectMapper mapper;
    @Inject
    AnswerCache cache;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AggregateViews.Totals.class && mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    @Override
    public void writeTo(AggregateViews.Totals totals, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        Object key = request == null ? null : request.getProperty(CachedAnswers.KEY);
        if (key == null) {
            write(mapper, totals, out);
            return;
        }
        // kept only when whole and small enough; a larger answer streams on as soon as it outgrows the limit
        Recording recording = new Recording(out, (int) cache.maxEntryBytes());
        write(mapper, totals, recording);
        byte[] body = recording.whole();
        if (body != null) {
            cache.put((String) key, body);
            KeptAnswerWriter.writeWhole(body, out); // shared from now on: sent as views, not copied
        }
        out.close();
    }

    /** Holds what is written up to a limit; past it, hands everything on to the answer and holds nothing more. */
    private static final class Recording extends OutputStream {
        private final OutputStream answer;
        private final int limit;
        private java.io.ByteArrayOutputStream held = new java.io.ByteArrayOutputStream(64 * 1024);

        Recording(OutputStream answer, int limit) {
            this.answer = answer;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (held != null && held.size() + length > limit) {
                held.writeTo(answer);
                held = null;
            }
            if (held != null) {
                held.write(bytes, offset, length);
            } else {
                answer.write(bytes, offset, length);
            }
        }

        /** What was written, if it stayed within the limit. */
        byte[] whole() {
            return held == null ? null : held.toByteArray();
        }

        @Override
        public void close() {
            // the answer is closed by the writer once it is complete, never by the generator
        }
    }

    /** Writes the answer with a generator of {@code mapper} (its features: how dates and numbers are written). */
    static void write(ObjectMapper mapper, AggregateViews.Totals totals, OutputStream out) throws IOException {
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName(DATASET_VERSION);
            g.writeString(totals.datasetVersion());
            g.writeFieldName(AS_OF);
            if (totals.asOf() == null) {
                g.writeNull();
            } else {
                mapper.writeValue(g, totals.asOf()); // rare: as the mapper writes dates
            }
            g.writeFieldName(UNITS);
            if (totals.units() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                for (Map.Entry<String, String> unit : totals.units().entrySet()) {
                    g.writeStringField(unit.getKey(), unit.getValue());
                }
                g.writeEndObject();
            }
            if (totals.items() != null) {
                g.writeFieldName(ITEMS);
                g.writeStartArray();
                for (AggregateViews.TotalRow row : totals.items()) {
                    row(g, row);
                }
                g.writeEndArray();
            }
            if (totals.columns() instanceof TotalColumns columns) {
                g.writeFieldName(COLUMNS);
                columns(g, columns.rows());
            } else if (totals.columns() != null) {
                g.writeFieldName(COLUMNS);
                g.writeStartObject();
                for (Map.Entry<String, List<Object>> column : totals.columns().entrySet()) {
                    g.writeFieldName(column.getKey());
                    g.writeStartArray();
                    for (Object value : column.getValue()) {
                        value(g, value);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }

    /** One array per field, named and ordered as {@link Columns#of} names them (the division's fields as division.code, …). */
    private static void columns(JsonGenerator g, List<AggregateViews.TotalRow> rows) throws IOException {
        g.writeStartObject();
        for (Column column : COLUMN_ORDER) {
            g.writeFieldName(column.name());
            g.writeStartArray();
            for (AggregateViews.TotalRow row : rows) {
                value(g, column.read().apply(row));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private record Column(SerializableString name, java.util.function.Function<AggregateViews.TotalRow, Object> read) {
        Column(String name, java.util.function.Function<AggregateViews.TotalRow, Object> read) {
            this(new SerializedString(name), read);
        }
    }

    private static final List<Column> COLUMN_ORDER = List.of(
            new Column("division.code", r -> r.division() == null ? null : r.division().code()),
            new Column("division.name", r -> r.division() == null ? null : r.division().name()),
            new Column("division.level", r -> r.division() == null ? null : r.division().level()),
            new Column("year", AggregateViews.TotalRow::year), new Column("period", AggregateViews.TotalRow::period),
            new Column("metric", AggregateViews.TotalRow::metric), new Column("metricUsed", AggregateViews.TotalRow::metricUsed),
            new Column("editionBreak", AggregateViews.TotalRow::editionBreak), new Column("unit", AggregateViews.TotalRow::unit),
            new Column("aggregation", AggregateViews.TotalRow::aggregation), new Column("total", AggregateViews.TotalRow::total),
            new Column("method", AggregateViews.TotalRow::method), new Column("reportedTotal", AggregateViews.TotalRow::reportedTotal),
            new Column("computedTotal", AggregateViews.TotalRow::computedTotal), new Column("discrepancy", AggregateViews.TotalRow::discrepancy),
            new Column("approximate", AggregateViews.TotalRow::approximate), new Column("contributingUnits", AggregateViews.TotalRow::contributingUnits),
            new Column("expectedUnits", AggregateViews.TotalRow::expectedUnits), new Column("missing", AggregateViews.TotalRow::missing),
            new Column("note", AggregateViews.TotalRow::note), new Column("territory", AggregateViews.TotalRow::territory),
            new Column("ownFigures", AggregateViews.TotalRow::ownFigures));

    private static void row(JsonGenerator g, AggregateViews.TotalRow row) throws IOException {
        g.writeStartObject();
        g.writeFieldName(DIVISION);
        if (row.division() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeFieldName(CODE);
            g.writeString(row.division().code());
            g.writeFieldName(NAME);
            g.writeString(row.division().name());
            g.writeFieldName(LEVEL);
            g.writeString(row.division().level());
            g.writeEndObject();
        }
        g.writeFieldName(YEAR);
        integer(g, row.year());
        g.writeFieldName(PERIOD);
        g.writeString(row.period());
        g.writeFieldName(METRIC);
        g.writeString(row.metric());
        g.writeFieldName(METRIC_USED);
        g.writeString(row.metricUsed());
        g.writeFieldName(EDITION_BREAK);
        g.writeBoolean(row.editionBreak());
        g.writeFieldName(UNIT);
        g.writeString(row.unit());
        g.writeFieldName(AGGREGATION);
        g.writeString(row.aggregation());
        g.writeFieldName(TOTAL);
        g.writeNumber(row.total());
        g.writeFieldName(METHOD);
        g.writeString(row.method());
        g.writeFieldName(REPORTED_TOTAL);
        g.writeNumber(row.reportedTotal());
        g.writeFieldName(COMPUTED_TOTAL);
        g.writeNumber(row.computedTotal());
        g.writeFieldName(DISCREPANCY);
        g.writeNumber(row.discrepancy());
        g.writeFieldName(APPROXIMATE);
        g.writeBoolean(row.approximate());
        g.writeFieldName(CONTRIBUTING_UNITS);
        integer(g, row.contributingUnits());
        g.writeFieldName(EXPECTED_UNITS);
        integer(g, row.expectedUnits());
        g.writeFieldName(MISSING);
        value(g, row.missing());
        g.writeFieldName(NOTE);
        g.writeString(row.note());
        g.writeFieldName(TERRITORY);
        g.writeString(row.territory());
        g.writeFieldName(OWN_FIGURES);
        integer(g, row.ownFigures());
        g.writeEndObject();
    }

    private static void integer(JsonGenerator g, Integer value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.intValue());
        }
    }

    /** A cell of a column, or a list of codes: the kinds of value a total row holds. */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                value(g, element);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("a totals value of unexpected type " + value.getClass().getName());
        }
    }
}
