package org.disclosurestats.generator;

import java.util.SplittableRandom;
import org.disclosurestats.generator.ObservationWriter.Cell;
import org.disclosurestats.generator.ReferenceData.Metric;

/**
 * How large a synthetic figure is: typical values of a county government's report, scaled by the
 * report's size and spread log-normally, so that national totals look like real ones.
 */
final class TypicalValues {

    private TypicalValues() {
    }

    /** Section 二: decisions run to thousands, rules and normative documents to a handful. */
    static long proactiveValue(Metric metric, double size, boolean makesRules, SplittableRandom random) {
        String code = metric.code();
        if (metric.signed()) {
            return Math.round(5 * Math.sqrt(size) * random.nextGaussian());
        }
        if (code.startsWith("pro.rules.") && !makesRules) {
            return 0;
        }
        double mean;
        if (code.endsWith(".decisions")) {
            mean = code.startsWith("pro.coercion") ? 60 : code.startsWith("pro.other_services") ? 800 : 3000;
        } else if (code.endsWith(".in_force") || code.endsWith(".published_total")) {
            mean = code.startsWith("pro.rules") ? 40 : 120;
        } else if (code.endsWith(".items_prev_year")) {
            mean = 150;
        } else if (code.equals("pro.admin_fees.amount")) {
            mean = 50_000; // 500.00 万元, in hundredths
        } else if (code.equals("pro.procurement.amount")) {
            mean = 2e9; // 2,000 万元 in 元, in hundredths
        } else if (code.equals("pro.procurement.projects")) {
            mean = 80;
        } else {
            mean = code.startsWith("pro.rules") ? 2 : 12; // issued, repealed, made, published
        }
        return count(mean * size, random);
    }

    static void figure(Cell cell, double size, SplittableRandom random, ObservationWriter out) {
        Metric m = cell.metric;
        boolean approximate = random.nextDouble() < 0.03;
        if (m.aggregation().equals("ratio")) {
            out.reported(cell, 400 + random.nextInt(601), 1, false); // 40.0 % .. 100.0 %
        } else if (m.integral()) {
            long value = count(magnitude(m) * size, random);
            out.reported(cell, value, 0, approximate && value >= 100);
        } else {
            out.reported(cell, count(magnitude(m) * size * 100, random), 2, false);
        }
    }

    static double chance(String code, boolean legacy) {
        if (!legacy) {
            return code.equals("fee.processing_fees") ? 0.6 : 0.2;
        }
        if (code.startsWith("pro.category")) {
            return 0.3;
        }
        if (code.startsWith("pro.") || code.startsWith("lreq.") || code.startsWith("lappeal.") || code.startsWith("cap.")) {
            return 0.75;
        }
        if (code.startsWith("fee.") || code.startsWith("resp.")) {
            return 0.5;
        }
        return 0.2;
    }

    /** A typical value for a county government's report (scaled by the report's size). */
    static double magnitude(Metric m) {
        String code = m.code();
        if (code.startsWith("web.visits")) return 500_000;
        if (code.startsWith("interact.hotline")) return 15_000;
        if (code.startsWith("web.items") || code.equals("pro.items")) return 3_000;
        if (code.equals("pro.channel.website")) return 2_500;
        if (code.startsWith("lappeal.") || code.startsWith("complaints.") || code.startsWith("lreq.answered.denied")) return 0.6;
        if (code.startsWith("lreq.received.")) return 10;
        if (code.startsWith("lreq.")) return 35;
        if (code.startsWith("fee.")) return 0.2;
        if (code.equals("cap.offices")) return 1;
        return switch (m.unit()) {
            case "条" -> 500;
            case "人次" -> 150;
            case "项" -> 200;
            case "份" -> 800;
            case "幅" -> 300;
            case "家" -> 40;
            case "期", "篇" -> 20;
            case "万元" -> 8;
            case "元" -> 500;
            case "人", "次", "件" -> 6;
            default -> 3;
        };
    }

    /** A non-negative count around {@code mean}, spread log-normally; small means give many zeros. */
    static long count(double mean, SplittableRandom random) {
        if (mean <= 0) {
            return 0;
        }
        return round(mean * Math.exp(0.5 * random.nextGaussian() - 0.125), random);
    }

    /** Rounds up with probability equal to the fraction, so that small expectations survive rounding. */
    static long round(double x, SplittableRandom random) {
        long whole = (long) x;
        return random.nextDouble() < x - whole ? whole + 1 : whole;
    }
}
