package org.disclosurestats.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclosurestats.domain.Metric;

/** The metric catalogue read from its migration files, for tests of the readers that run without a database. */
final class TestCatalogue {

    private TestCatalogue() {
    }

    private static List<Metric> metrics;

    static synchronized List<Metric> metrics() {
        if (metrics == null) {
            List<Metric> all = new ArrayList<>();
            for (String file : List.of("R__metric_catalogue.sql", "R__metric_catalogue_narrative.sql")) {
                try {
                    all.addAll(parse(Files.readString(Path.of("src/main/resources/db/migration", file), StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            metrics = List.copyOf(all);
        }
        return metrics;
    }

    static java.util.Map<String, Metric> byCode() {
        java.util.Map<String, Metric> map = new java.util.HashMap<>();
        metrics().forEach(m -> map.put(m.code, m));
        return map;
    }

    /** The value tuples of the insert: (code, name_zh, name_en, unit, section, aggregation, formula, editions, …, table_row, table_column, …). */
    private static List<Metric> parse(String sql) {
        List<Metric> out = new ArrayList<>();
        int i = sql.indexOf(" values");
        while ((i = sql.indexOf("\n('", i)) >= 0) {
            List<Object> fields = new ArrayList<>();
            int p = i + 2;
            while (sql.charAt(p) != ')') {
                while (sql.charAt(p) == ' ' || sql.charAt(p) == ',') {
                    p++;
                }
                if (sql.charAt(p) == '\'') {
                    StringBuilder s = new StringBuilder();
                    p++;
                    while (true) {
                        char c = sql.charAt(p++);
                        if (c == '\'' && sql.charAt(p) == '\'') {
                            s.append('\'');
                            p++;
                        } else if (c == '\'') {
                            break;
                        } else {
                            s.append(c);
                        }
                    }
                    fields.add(s.toString());
                } else if (sql.startsWith("array[", p)) {
                    int end = sql.indexOf(']', p);
                    fields.add(sql.substring(p + 6, end).replace("'", "").split(",\\s*"));
                    p = end + 1;
                } else {
                    int end = p;
                    while (sql.charAt(end) != ',' && sql.charAt(end) != ')') {
                        end++;
                    }
                    String word = sql.substring(p, end).strip();
                    fields.add(word.equals("null") ? null : word);
                    p = end;
                }
            }
            Metric m = new Metric();
            m.code = (String) fields.get(0);
            m.nameZh = (String) fields.get(1);
            m.unit = (String) fields.get(3);
            m.section = (String) fields.get(4);
            m.formula = (String) fields.get(6);
            m.editions = (String[]) fields.get(7);
            m.tableRow = (String) fields.get(11);
            m.tableColumn = (String) fields.get(12);
            out.add(m);
            i = p;
        }
        return out;
    }
}
