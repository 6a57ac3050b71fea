package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosurestats.domain.Coded;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The words a read parameter may take besides codes of the domain; absent means the first of each. */
public final class Choices {

    private Choices() {
    }

    /** Each word is its constant's name in lower case. */
    private static String lowerCase(Enum<?> choice) {
        return choice.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Schema(name = "SortOrder", description = "desc: largest first (default); asc: smallest first.")
    public enum SortOrder implements Coded {
        DESC, ASC;

        @Override
        @JsonValue
        public String code() {
            return lowerCase(this);
        }
    }

    @Schema(name = "EmptyRows", description = "include (default): every row, with a note where nothing is stated; omit: leave out rows without a value.")
    public enum EmptyRows implements Coded {
        INCLUDE, OMIT;

        @Override
        @JsonValue
        public String code() {
            return lowerCase(this);
        }
    }

    @Schema(name = "AnswerShape", description = "rows (default): a list of objects; columns: one array per field (JSON only).")
    public enum AnswerShape implements Coded {
        ROWS, COLUMNS;

        @Override
        @JsonValue
        public String code() {
            return lowerCase(this);
        }
    }

    @Schema(name = "TotalsPeriod", description = "year (default): one row per year; range: one row per division over the whole period.")
    public enum TotalsPeriod implements Coded {
        YEAR, RANGE;

        @Override
        @JsonValue
        public String code() {
            return lowerCase(this);
        }
    }
}
