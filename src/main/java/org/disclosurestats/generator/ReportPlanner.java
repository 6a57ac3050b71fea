package org.disclosurestats.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.disclosurestats.generator.ReferenceData.Division;

/**
 * Decides which reports exist: who issues one for which division and year, with which scope and edition.
 *
 * <p>Every decision draws from a random stream keyed by the seed and what is decided about (a division,
 * an issuer, a year), never from a shared stream. So a report's existence and content do not depend on
 * which other divisions or years are generated: a smaller scale or year range yields a subset of the
 * full dataset, not a different one.
 */
final class ReportPlanner {

    /** A report to generate. {@code size} multiplies the typical magnitude of its figures. */
    record PlannedReport(long id, String issuerName, String issuerKind, String divisionCode, int year, String scope,
                         String edition, double size, LocalDate publishedOn, long contentSeed) {
    }

    /** Share of prefectures whose government publishes for its whole territory (the rest report only on itself). */
    private static final double PREFECTURE_AGGREGATE_SHARE = 0.85;
    private static final int PROVINCE_DEPARTMENTS = 14;
    private static final int PREFECTURE_DEPARTMENTS = 5;
    private static final int COUNTY_DEPARTMENTS_PER_EXTRA_SCALE = 6;

    private static final List<String> PROVINCE_DEPARTMENT_NAMES = List.of(
            "发展和改革委员会", "教育厅", "科学技术厅", "公安厅", "民政厅", "司法厅", "财政厅", "人力资源和社会保障厅",
            "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "文化和旅游厅",
            "卫生健康委员会", "应急管理厅", "审计厅", "市场监督管理局", "统计局", "医疗保障局");
    private static final List<String> LOCAL_DEPARTMENT_NAMES = List.of(
            "发展和改革局", "教育局", "科学技术局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局",
            "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局",
            "卫生健康局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局");

    private final GeneratorOptions options;
    private final ReferenceData reference;

    ReportPlanner(GeneratorOptions options, ReferenceData reference) {
        this.options = options;
        this.reference = reference;
    }

    /** The reports in id order (year, then division code, government before its departments). */
    List<PlannedReport> plan(long firstId) {
        List<PlannedReport> reports = new ArrayList<>();
        long id = firstId;
        for (int year = options.firstYear(); year <= options.lastYear(); year++) {
            Map<String, Division> valid = new TreeMap<>();
            for (Division d : reference.divisions) {
                if (d.validIn(year) && !d.level().equals("zone") && included(d)) {
                    valid.put(d.code(), d);
                }
            }
            for (Division d : valid.values()) {
                for (Issuer issuer : issuers(d, year)) {
                    SplittableRandom random = Seeds.random(options.seed(), "report", issuer.name, d.code(), year);
                    if (random.nextDouble() < missingRate(d.level(), issuer.kind, year)) {
                        continue; // never published, or never found: the gaps real collections have
                    }
                    reports.add(new PlannedReport(id++, issuer.name, issuer.kind, d.code(), year, issuer.scope,
                            edition(year, random), issuer.size * trend(year) * Math.exp(0.25 * random.nextGaussian()),
                            LocalDate.of(year + 1, 1, 15).plusDays(random.nextInt(76)), random.nextLong()));
                }
            }
        }
        return reports;
    }

    private record Issuer(String name, String kind, String scope, double size) {
    }

    private List<Issuer> issuers(Division d, int year) {
        List<Issuer> issuers = new ArrayList<>();
        // How big a division is stays the same over the years, as real places do.
        double place = Math.exp(0.6 * Seeds.random(options.seed(), "size", d.code()).nextGaussian());
        switch (d.level()) {
            case "province" -> {
                issuers.add(new Issuer(d.name() + "人民政府", "government", "aggregate", 150 * place));
                // Provinces stay at every scale (see included); their departments shrink with it, or they
                // alone would outweigh a small dataset.
                int count = (int) Math.round(PROVINCE_DEPARTMENTS * Math.min(1, options.scale()));
                departments(issuers, d, PROVINCE_DEPARTMENT_NAMES, count, 2 * place);
            }
            case "prefecture" -> {
                if (!isGovernment(d)) {
                    break;
                }
                boolean aggregate = Seeds.random(options.seed(), "scope", d.code()).nextDouble() < PREFECTURE_AGGREGATE_SHARE;
                String suffix = d.name().endsWith("地区") || d.name().endsWith("盟") ? "行政公署" : "人民政府";
                issuers.add(new Issuer(d.name() + suffix, "government", aggregate ? "aggregate" : "self",
                        (aggregate ? 12 : 2) * place));
                departments(issuers, d, LOCAL_DEPARTMENT_NAMES, PREFECTURE_DEPARTMENTS, 0.8 * place);
            }
            case "county" -> {
                issuers.add(new Issuer(d.name() + "人民政府", "government", "self", place));
                if (options.scale() > 1) {
                    int count = (int) Math.round((options.scale() - 1) * COUNTY_DEPARTMENTS_PER_EXTRA_SCALE);
                    departments(issuers, d, LOCAL_DEPARTMENT_NAMES, count, 0.3 * place);
                }
            }
            default -> throw new IllegalStateException("unexpected level " + d.level());
        }
        return issuers;
    }

    /** A division's departments: the same ones every year, picked by the seed. */
    private void departments(List<Issuer> issuers, Division d, List<String> names, int count, double size) {
        List<String> shuffled = new ArrayList<>(names);
        SplittableRandom random = Seeds.random(options.seed(), "departments", d.code());
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            shuffled.set(j, shuffled.set(i, shuffled.get(j)));
        }
        for (String name : shuffled.subList(0, Math.min(count, shuffled.size()))) {
            issuers.add(new Issuer(d.name() + name, "department", "self", size));
        }
    }

    /**
     * Pseudo-prefectures of the code list (市辖区 and 县 of the municipalities, 省直辖县级行政区划) group
     * counties but have no government that could publish a report.
     */
    private static boolean isGovernment(Division prefecture) {
        String name = prefecture.name();
        return !(name.equals("市辖区") || name.equals("县") || name.endsWith("直辖县级行政区划"));
    }

    /** Scale and province filter act on whole prefectures (with their counties), so hierarchies stay complete. */
    private boolean included(Division d) {
        if (!options.provinces().isEmpty() && !options.provinces().contains(d.provinceCode())) {
            return false;
        }
        if (options.scale() >= 1) {
            return true;
        }
        if (d.level().equals("province")) {
            return true; // provinces stay; their aggregate reports exist whatever subset of prefectures does
        }
        String unit = d.level().equals("prefecture") ? d.code() : d.prefectureCode();
        return Seeds.random(options.seed(), "scale", unit).nextDouble() < options.scale();
    }

    /** Early years are patchier: fewer counties published, and fewer of those are online today. */
    private static double missingRate(String level, String kind, int year) {
        if (kind.equals("department")) {
            return 0.05;
        }
        return switch (level) {
            case "province" -> 0.0;
            case "prefecture" -> 0.01;
            default -> year <= 2010 ? 0.08 : year <= 2014 ? 0.04 : 0.02;
        };
    }

    /**
     * The format follows the year, with the drift real reports show: a few 2019 reports still written
     * the old way, and some 2021/2022 reports still using the 2019 trial tables.
     */
    private static String edition(int year, SplittableRandom random) {
        double draw = random.nextDouble();
        if (year <= 2018) {
            return "legacy";
        }
        if (year <= 2020) {
            return year == 2019 && draw < 0.02 ? "legacy" : "2019";
        }
        if (year == 2021 && draw < 0.06 || year == 2022 && draw < 0.02) {
            return "2019";
        }
        return "2021";
    }

    /** Requests and disclosures grew over the years; figures follow. */
    private static double trend(int year) {
        return 0.5 + 0.05 * (year - 2008);
    }
}
