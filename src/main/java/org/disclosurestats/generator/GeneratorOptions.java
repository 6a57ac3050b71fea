package org.disclosurestats.generator;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Command-line options of {@link NationalDataset}.
 *
 * @param scale     size of the dataset. Up to 1: the share of prefectures (each with its counties) that take
 *                  part, chosen by the seed, and of the provincial departments (every province government
 *                  stays), so 1 is the whole country. Above 1: the whole country, plus round((scale - 1) * 6)
 *                  department reports per county.
 * @param provinces province codes to restrict the dataset to (empty: all)
 * @param truncate  empty the report tables of the schema before loading (otherwise they must be empty)
 */
record GeneratorOptions(String url, String user, String password, String schema, long seed, double scale,
                        int firstYear, int lastYear, Set<String> provinces, boolean truncate) {

    static final String USAGE = """
            usage: NationalDataset [--url jdbc:postgresql://127.0.0.1:5432/postgres] [--user postgres] [--password '']
                                   [--schema disclosure_bench] [--seed 42] [--scale 1.0] [--years 2008-2025]
                                   [--provinces 640000,...] [--truncate]
              --scale     up to 1: share of prefectures (with their counties) and of provincial departments in the
                          dataset; 1 = whole country (10M+ observations), 0.09 = about 1M; above 1: also county
                          department reports, round((scale-1)*6) per county
              --truncate  empty report, report_revision, observation and current_figure first (with CASCADE)
            """;

    GeneratorOptions {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("--schema must be a plain lower-case identifier: " + schema);
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("--scale must be positive: " + scale);
        }
        if (firstYear < 2000 || lastYear > 2100 || firstYear > lastYear) {
            throw new IllegalArgumentException("--years must be a range such as 2008-2025");
        }
        provinces = Set.copyOf(provinces);
    }

    static GeneratorOptions parse(String... args) {
        String url = "jdbc:postgresql://127.0.0.1:5432/postgres";
        String user = "postgres";
        String password = "";
        String schema = "disclosure_bench";
        long seed = 42;
        double scale = 1.0;
        int firstYear = 2008;
        int lastYear = 2025;
        Set<String> provinces = new LinkedHashSet<>();
        boolean truncate = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--truncate")) {
                truncate = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--schema" -> schema = value;
                case "--seed" -> seed = Long.parseLong(value);
                case "--scale" -> scale = Double.parseDouble(value);
                case "--years" -> {
                    String[] range = value.split("-");
                    firstYear = Integer.parseInt(range[0].trim());
                    lastYear = Integer.parseInt(range[range.length - 1].trim());
                }
                case "--provinces" -> Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(provinces::add);
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new GeneratorOptions(url, user, password, schema, seed, scale, firstYear, lastYear, provinces, truncate);
    }
}
