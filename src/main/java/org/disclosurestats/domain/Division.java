package org.disclosurestats.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One (code, name) period of a GB/T 2260 division. A code is resolved together with a year, never alone. */
@Entity
@Table(name = "division")
public class Division {

    @Id
    public Integer id;
    public String code;
    public String name;
    public Level level;
    public String parentCode;
    public String prefectureCode;
    public String provinceCode;
    /** First valid year; null = valid since before 2008. */
    public Short validFrom;
    /** Last valid year; null = still valid. */
    public Short validTo;
    public String source;

    /** HQL over the entity's fields, parameter :year: the same rule as {@link #validIn(Integer, Integer, int)}. */
    public static final String VALID_IN_YEAR_HQL = "(validFrom is null or validFrom <= :year) and (validTo is null or validTo >= :year)";

    public boolean validIn(int year) {
        return validIn(validFrom == null ? null : validFrom.intValue(), validTo == null ? null : validTo.intValue(), year);
    }

    /** The one validity rule: a (code, name) period is valid in the years from its first to its last, inclusive; null is unbounded. */
    public static boolean validIn(Integer validFrom, Integer validTo, int year) {
        return (validFrom == null || validFrom <= year) && (validTo == null || validTo >= year);
    }

    /** SQL over alias {@code d} (division) for the year given as an SQL expression: the same rule in SQL. */
    public static String validInYearSql(String alias, String yearExpression) {
        return "(%1$s.valid_from is null or %1$s.valid_from <= %2$s) and (%1$s.valid_to is null or %1$s.valid_to >= %2$s)"
                .formatted(alias, yearExpression);
    }

    /** Whether a string has the shape of a GB/T 2260 code (six digits); whether it names a division is a question for a year. */
    public static boolean isCodeShaped(String code) {
        return code != null && CODE_SHAPE.matcher(code).matches();
    }

    private static final java.util.regex.Pattern CODE_SHAPE = java.util.regex.Pattern.compile("[0-9]{6}");
}
