package org.disclosurestats.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;

/** Reading sentences written for a test with the prose reader, and asking what was read: shared by the prose family tests. */
final class ProseSentences {

    private static final ProseLexicon LEXICON = ProseLexicon.load(new ObjectMapper());

    private ProseSentences() {
    }

    /** The figures the prose reader takes from a text of no particular issuer or edition. */
    static List<Extracted> read(String text) {
        return new ProseExtractor(LEXICON, TestCatalogue.byCode()).read(text, new ProseExtractor.Context("", null, false, name -> Optional.empty())).figures();
    }

    /** Whether a figure of the metric and value was read, with the breakdown when one is given. */
    static boolean has(List<Extracted> read, String metric, String breakdown, long value) {
        return read.stream().anyMatch(f -> f.metric().equals(metric) && f.value().longValue() == value && (breakdown == null || breakdown.equals(f.breakdown())));
    }

    /** Whether no figure of the metric was read. */
    static boolean none(List<Extracted> read, String metric) {
        return read.stream().noneMatch(f -> f.metric().equals(metric));
    }

    /** Whether no figure of the value was read, whatever its metric. */
    static boolean noValue(List<Extracted> read, long value) {
        return read.stream().noneMatch(f -> f.value().longValue() == value);
    }

    /** Each wording of one statement read, and checked the same way. */
    static void eachWording(List<String> texts, BiConsumer<String, List<Extracted>> check) {
        texts.forEach(text -> check.accept(text, read(text)));
    }
}
