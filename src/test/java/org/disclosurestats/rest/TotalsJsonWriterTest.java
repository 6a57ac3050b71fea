package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.rest.ReportViews.DivisionRef;
import org.junit.jupiter.api.Test;

/** The hand-written totals JSON is byte for byte what Jackson writes for the same records, in rows and in columns. */
class TotalsJsonWriterTest {

    /** Configured as the service's mapper is (dates as ISO text, the Java time types known). */
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final AggregateViews.TotalRow REPORTED = new AggregateViews.TotalRow(new DivisionRef("652700", "博尔塔拉蒙古自治州", "prefecture"),
            2018, "2018", "family.requests_received", "lreq.received", true, "件", "sum", new BigDecimal("3054.50"), "reported",
            new BigDecimal("3054.50"), new BigDecimal("12E+3"), new BigDecimal("-8945.50"), true, 3, 4, List.of("652701", "652722"), null,
            "territory changed in 2019: joined 370116 莱芜区 (2018: 371202 莱城区 of 371200 莱芜市)", null);
    private static final AggregateViews.TotalRow EMPTY = new AggregateViews.TotalRow(new DivisionRef("652800", "巴音郭楞\"蒙古\"自治州\n", "prefecture"),
            null, "2016-2018", "pro.items", "pro.items", false, "条", "sum", null, "computed", null, null, null, false, 0, 9, null,
            "no report states it, here or in any of 9 units below", null, 0);

    private static String jackson(AggregateViews.Totals totals) throws Exception {
        return MAPPER.writeValueAsString(totals);
    }

    private static String handWritten(AggregateViews.Totals totals) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TotalsJsonWriter.write(MAPPER, totals, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rowsAreWrittenAsJacksonWritesThem() throws Exception {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("family.requests_received", "件");
        units.put("pro.items", "条");
        AggregateViews.Totals totals = new AggregateViews.Totals("1042.5f3a9c1e", null, units, List.of(REPORTED, EMPTY), null);
        assertEquals(jackson(totals), handWritten(totals));
    }

    @Test
    void anInstantAskedForIsWrittenAsJacksonWritesIt() throws Exception {
        AggregateViews.Totals totals = new AggregateViews.Totals("7.00000000", OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.ofHours(8)),
                Map.of("pro.items", "条"), List.of(EMPTY), null);
        assertEquals(jackson(totals), handWritten(totals));
    }

    @Test
    void columnsAreWrittenAsJacksonWritesThem() throws Exception {
        List<AggregateViews.TotalRow> rows = List.of(REPORTED, EMPTY);
        AggregateViews.Totals totals = new AggregateViews.Totals("1042.5f3a9c1e", null, Map.of("pro.items", "条"), null,
                Columns.of(AggregateViews.TotalRow.class, rows));
        assertEquals(jackson(totals), handWritten(totals));
    }

    @Test
    void columnsWrittenFromTheRowsAreTheColumnsJacksonWrites() throws Exception {
        List<AggregateViews.TotalRow> rows = List.of(REPORTED, EMPTY);
        AggregateViews.Totals lazy = new AggregateViews.Totals("1042.5f3a9c1e", null, Map.of("pro.items", "条"), null, new TotalColumns(rows));
        AggregateViews.Totals built = new AggregateViews.Totals("1042.5f3a9c1e", null, Map.of("pro.items", "条"), null,
                Columns.of(AggregateViews.TotalRow.class, rows));
        assertEquals(jackson(built), handWritten(lazy));
        assertEquals(jackson(built), jackson(lazy), "read as a map, they are the same columns");
    }

    @Test
    void noRowsAreAnEmptyList() throws Exception {
        AggregateViews.Totals totals = new AggregateViews.Totals("1.0", null, Map.of(), List.of(), null);
        assertEquals(jackson(totals), handWritten(totals));
    }
}
