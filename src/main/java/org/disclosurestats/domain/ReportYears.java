package org.disclosurestats.domain;

import java.time.Year;
import java.time.ZoneId;

/**
 * The one rule on which years a report can cover: the disclosure regulations took effect in 2008
 * (the legacy edition's first reports), and a year's report is written after the year began, so no
 * year later than the current one (in China's time zone) exists yet.
 */
public final class ReportYears {

    public static final int FIRST = 2008;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ReportYears() {
    }

    public static int last() {
        return Year.now(CHINA).getValue();
    }

    public static boolean covered(int year) {
        return year >= FIRST && year <= last();
    }

    /** Why the year is refused, for an error message. */
    public static String explain(long year) {
        return year + " is outside the years reports exist for (" + FIRST + " to " + last() + ")";
    }
}
