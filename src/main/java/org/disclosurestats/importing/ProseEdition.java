package org.disclosurestats.importing;

import java.util.Map;
import java.util.Optional;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.Metric;

/**
 * The edition a report's prose is read in when the report has no standard table: the one in force for the year it
 * reports on (the statistics table until 2018, the trial format for 2019 and 2020, the 2021 format after), and
 * the metric of that edition a prose figure counts in.
 */
final class ProseEdition {

    private ProseEdition() {
    }

    /** The edition of a report on this year without tables; an unknown year is read as the statistics table's. */
    static Edition ofYear(Integer year) {
        if (year == null || year < 2019) {
            return Edition.LEGACY;
        }
        return year < 2021 ? Edition.F2019 : Edition.F2021;
    }

    /** The year a document says it reports on (its title, or 统计期限…), if it says so. */
    static Integer yearOf(DocumentText doc) {
        MetadataDetector.Given nothing = new MetadataDetector.Given(null, null, null, null, null, null);
        return MetadataDetector.detect(doc, nothing, (place, year) -> Optional.empty()).year().value();
    }

    /**
     * The metric a figure read as {@code metric} counts in an edition: itself when it belongs to the edition, else its
     * counterpart named by the lexicon (lreq.received is req.new.total from 2019), else none.
     */
    static Optional<String> in(Edition edition, String metric, Map<String, Metric> byCode, ProseLexicon lexicon) {
        Metric m = byCode.get(metric);
        if (m != null && m.belongsTo(edition)) {
            return Optional.of(metric);
        }
        String counterpart = lexicon.editions().getOrDefault(edition.code(), Map.of()).get(metric);
        Metric c = counterpart == null ? null : byCode.get(counterpart);
        return c != null && c.belongsTo(edition) ? Optional.of(counterpart) : Optional.empty();
    }
}
