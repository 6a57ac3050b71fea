package org.disclosurestats.rest;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columnar form of a list of rows (shape=columns): one array per field, named like the CSV columns
 * (nested records as "parent.child"), so a chart library takes an axis without walking the rows.
 */
final class Columns {

    private Columns() {
    }

    static Map<String, List<Object>> of(Class<?> rowType, List<?> rows) {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        add(rowType, "", rows, columns);
        return columns;
    }

    private static void add(Class<?> type, String prefix, List<?> values, Map<String, List<Object>> columns) {
        for (RecordComponent c : type.getRecordComponents()) {
            List<Object> column = new ArrayList<>(values.size());
            for (Object value : values) {
                column.add(value == null ? null : read(c, value));
            }
            if (c.getType().isRecord()) {
                add(c.getType(), prefix + name(c) + ".", column, columns);
            } else {
                columns.put(prefix + name(c), column);
            }
        }
    }

    private static String name(RecordComponent component) {
        com.fasterxml.jackson.annotation.JsonProperty renamed = component.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
