package org.disclosurestats.importing;

import org.disclosurestats.service.DivisionNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.ScriptNormalizer;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.ProseLexicon.Example;
import org.disclosurestats.importing.ProseLexicon.Expected;
import org.disclosurestats.service.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the prose lexicon (importing/prose-lexicon.json) reads the examples written beside it, and
 * yields none of the metrics an example says are absent: teaching the reader a phrasing is a data change, and
 * this test is its test.
 */
@QuarkusTest
class ProseLexiconTest {

    @Inject
    ObjectMapper json;
    @Inject
    Catalogue catalogue;
    @Inject
    DivisionNames divisionNames;

    private ProseExtractor extractor() {
        Map<String, Metric> byCode = new HashMap<>();
        catalogue.matching(null, null).forEach(m -> byCode.put(m.code, m));
        return new ProseExtractor(ProseLexicon.load(json), byCode);
    }

    /** An aggregate report of 新疆 (650000), so that 乌鲁木齐市 and 昌吉州 are sub-divisions. */
    private ProseExtractor.Context context() {
        return new ProseExtractor.Context("新疆维吾尔自治区人民政府", "650000", true, name -> divisionNames.subDivision("650000", 2016, name));
    }

    private List<Extracted> read(String text) {
        return extractor().read(text, context()).figures();
    }

    @Test
    void everyEntryReadsTheExamplesWrittenBesideIt() {
        ProseLexicon lexicon = ProseLexicon.load(json);
        List<String> failures = new ArrayList<>();
        for (ProseLexicon.Entry e : lexicon.entries()) {
            check(e.id(), e.examples(), failures::add);
        }
        for (ProseLexicon.Zero z : lexicon.zeros()) {
            check(z.id(), z.examples(), failures::add);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private void check(String id, List<Example> examples, Consumer<String> failures) {
        if (examples == null || examples.isEmpty()) {
            failures.accept(id + ": no example");
            return;
        }
        for (Example example : examples) {
            List<Extracted> read = read(example.text());
            String yields = read.stream().map(f -> f.metric() + "=" + f.value() + "[" + f.breakdown() + "]" + (f.subject() == null ? "" : "@" + f.subject().name())).toList().toString();
            for (Expected e : example.expect() == null ? List.<Expected>of() : example.expect()) {
                boolean found = read.stream().anyMatch(f -> f.metric().equals(e.metric()) && f.value().compareTo(e.value()) == 0
                        && (e.breakdown() == null || e.breakdown().equals(ScriptNormalizer.toSimplified(f.breakdown())))
                        && (e.subject() == null || f.subject() != null && e.subject().equals(f.subject().name()))
                        && (e.qualifier() == null || e.qualifier().equals(f.qualifier().name().toLowerCase(java.util.Locale.ROOT))));
                if (!found) {
                    failures.accept(id + ": \"" + example.text() + "\" does not yield " + e + "; it yields " + yields);
                }
            }
            for (String absent : example.absent() == null ? List.<String>of() : example.absent()) {
                if (read.stream().anyMatch(f -> f.metric().equals(absent))) {
                    failures.accept(id + ": \"" + example.text() + "\" yields " + absent + ", which it does not state; it yields " + yields);
                }
            }
        }
    }

    @Test
    void everyEntryNamesAMetricOfTheCatalogue() {
        ProseLexicon lexicon = ProseLexicon.load(json);
        for (ProseLexicon.Entry e : lexicon.entries()) {
            assertTrue(catalogue.find(e.metric()).isPresent(), e.id() + " names unknown metric " + e.metric());
            for (ProseLexicon.Companion c : e.companions() == null ? List.<ProseLexicon.Companion>of() : e.companions()) {
                assertTrue(catalogue.find(c.metric()).isPresent(), e.id() + " names unknown metric " + c.metric());
            }
        }
        lexicon.zeros().forEach(z -> assertTrue(catalogue.find(z.metric()).isPresent(), z.id() + " names unknown metric " + z.metric()));
        assertFalse(lexicon.entries().isEmpty());
    }

    @Test
    void aPercentageIsNeverReadAsACount() {
        List<Extracted> read = read("全年办理网上来信562件,办结率达到100%。2015年,新增公开政府信息12%");
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.items")), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("interact.mailbox.completion_rate")), read.toString());
    }

    @Test
    void traditionalScriptIsMatchedInSimplifiedButQuotedAsWritten() {
        String text = "全年共舉辦各類培訓班5期,累計培訓近500人。";
        Extracted trainees = read(text).stream().filter(f -> f.metric().equals("cap.trainees")).findFirst().orElseThrow();
        assertEquals(Qualifier.APPROXIMATE, trainees.qualifier());
        assertEquals(text.substring(trainees.provenance().start(), trainees.provenance().end()), trainees.provenance().quote());
        assertTrue(trainees.provenance().quote().contains("舉辦各類培訓班"), trainees.provenance().quote());
        assertEquals("近500人", trainees.provenance().writtenAs());
    }

    @Test
    void aStatedZeroIsReportedOnlyForTheMetricItSpeaksOf() {
        List<Extracted> read = read("2018年,全市未收到依申请公开政府信息申请。");
        assertTrue(read.size() == 1 && read.get(0).metric().equals("lreq.received") && read.get(0).value().signum() == 0, read.toString());
        read = read("全年受理政府信息公开申请45件,未收到有关政府信息公开行政复议申请。");
        assertEquals(1, read.stream().filter(f -> f.metric().equals("lreq.received")).count(), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("lreq.received") && f.value().intValue() == 45), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("lappeal.review") && f.value().signum() == 0), read.toString());
    }

    @Test
    void aTotalFollowedByItsBracketedPartsStaysTheTotal() {
        List<Extracted> read = read("全年共公布政府信息1200条(其中政策法规类300条、工作动态类800条、其他类100条)。");
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.items") && f.value().intValue() == 1200), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.category_items") && f.breakdown().equals("其他类") && f.value().intValue() == 100), read.toString());
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.items") && f.value().intValue() != 1200), read.toString());
    }

    @Test
    void partsOfTheTerritoryKeepTheirSubject() {
        List<Extracted> read = read("全县主动公开政府信息3200条,其中区直、县直各单位主动公开政府信息2100条,各乡镇主动公开政府信息1100条。");
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("pro.items") && f.subject() == null && f.value().intValue() == 3200), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.subject() != null && f.subject().name().equals("区直、县直各单位") && f.value().intValue() == 2100), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.subject() != null && f.subject().name().equals("各乡镇") && f.value().intValue() == 1100), read.toString());
    }

    @Test
    void yearsDatesDocumentNumbersAndPhoneNumbersAreNeverFigures() {
        assertTrue(read("2014年10月27日,乌政办函〔2014〕73号,电话:0991-4689363,平均12个工作日内回复。").isEmpty());
    }
}
