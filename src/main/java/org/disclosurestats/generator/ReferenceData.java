package org.disclosurestats.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The divisions and the metric catalogue as the migrated target schema holds them. Reading them back
 * from the database (rather than parsing the migration files) keeps the generator in step with
 * whatever the migrations say.
 */
final class ReferenceData {

    /** One period of one division code. Years are inclusive; null means unbounded. */
    record Division(String code, String name, String level, String parentCode, String prefectureCode,
                    String provinceCode, Integer validFrom, Integer validTo) {

        boolean validIn(int year) {
            return org.disclosurestats.domain.Division.validIn(validFrom, validTo, year);
        }
    }

    record Metric(String code, String unit, String aggregation, String formula, Set<String> editions,
                  boolean integral, boolean signed, String tableRow, String tableColumn) {

        boolean in(String edition) {
            return editions.contains(edition);
        }

        boolean isTableCell() {
            return tableRow != null;
        }
    }

    final List<Division> divisions;
    final Map<String, Metric> metrics;

    private ReferenceData(List<Division> divisions, Map<String, Metric> metrics) {
        this.divisions = divisions;
        this.metrics = metrics;
    }

    static ReferenceData load(Connection connection) throws SQLException {
        List<Division> divisions = new ArrayList<>();
        Map<String, Metric> metrics = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    select code, name, level, parent_code, prefecture_code, province_code, valid_from, valid_to
                    from division order by code, valid_from nulls first""")) {
                while (rs.next()) {
                    divisions.add(new Division(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8)));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    select code, unit, aggregation, formula, editions, integral, signed, table_row, table_column
                    from metric order by sort_order, code""")) {
                while (rs.next()) {
                    String[] editions = (String[]) rs.getArray(5).getArray();
                    metrics.put(rs.getString(1), new Metric(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), Set.copyOf(Arrays.asList(editions)), rs.getBoolean(6), rs.getBoolean(7),
                            rs.getString(8), rs.getString(9)));
                }
            }
        }
        return new ReferenceData(List.copyOf(divisions), metrics);
    }

    /** The catalogue entry for a code the generator relies on; a renamed code must fail loudly, not vanish. */
    Metric metric(String code) {
        Metric metric = metrics.get(code);
        if (metric == null) {
            throw new IllegalStateException("metric " + code + " is missing from the catalogue");
        }
        return metric;
    }
}
