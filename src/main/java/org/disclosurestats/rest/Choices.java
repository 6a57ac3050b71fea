package org.disclosurestats.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.disclosurestats.domain.Coded;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The words a read parameter may take besides codes of the domain; absent means the first of each. */
public final class Choices {

    private Choices() {
    }

    @Schema(name = "SortOrder", description = "desc: largest first (default); asc: smallest first.")
    public enum SortOrder implements Coded {
        DESC("desc"), ASC("asc");

        private final String code;

        SortOrder(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }

    @Schema(name = "EmptyRows", description = "include (default): every row, with a note where nothing is stated; omit: leave out rows without a value.")
    public enum EmptyRows implements Coded {
        INCLUDE("include"), OMIT("omit");

        private final String code;

        EmptyRows(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }

    @Schema(name = "AnswerShape", description = "rows (default): a list of objects; columns: one array per field (JSON only).")
    public enum AnswerShape implements Coded {
        ROWS("rows"), COLUMNS("columns");

        private final String code;

        AnswerShape(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }

    @Schema(name = "TotalsPeriod", description = "year (default): one row per year; range: one row per division over the whole period.")
    public enum TotalsPeriod implements Coded {
        YEAR("year"), RANGE("range");

        private final String code;

        TotalsPeriod(String code) {
            this.code = code;
        }

        @Override
        @JsonValue
        public String code() {
            return code;
        }
    }
}
