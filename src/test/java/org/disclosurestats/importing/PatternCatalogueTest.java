package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.importing.Extraction.Extracted;
import org.disclosurestats.importing.PatternCatalogue.Example;
import org.disclosurestats.importing.PatternCatalogue.Expected;
import org.disclosurestats.importing.PatternCatalogue.ProsePattern;
import org.disclosurestats.service.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * Every phrasing of the pattern catalogue (importing/prose-patterns.json) reads the examples written beside it:
 * adding a phrasing is a data change, and this test is its test.
 */
@QuarkusTest
class PatternCatalogueTest {

    @Inject
    ObjectMapper json;
    @Inject
    Catalogue catalogue;
    @Inject
    ImportService imports;

    private ProseExtractor extractor(PatternCatalogue patterns) {
        Map<String, Metric> byCode = new HashMap<>();
        catalogue.matching(null, null).forEach(m -> byCode.put(m.code, m));
        return new ProseExtractor(patterns, byCode);
    }

    /** An aggregate report of 新疆 (650000), so that 乌鲁木齐市 and 昌吉州 are sub-divisions. */
    private ProseExtractor.Context context() {
        return new ProseExtractor.Context("新疆维吾尔自治区人民政府", "650000", true, name -> imports.subDivision("650000", 2016, name));
    }

    @Test
    void everyPatternReadsTheExamplesWrittenBesideIt() {
        PatternCatalogue patterns = PatternCatalogue.load(json);
        ProseExtractor extractor = extractor(patterns);
        List<String> failures = new ArrayList<>();
        for (ProsePattern p : patterns.patterns()) {
            if (p.examples() == null || p.examples().isEmpty()) {
                failures.add(p.id() + ": no example");
                continue;
            }
            for (Example example : p.examples()) {
                List<Extracted> read = extractor.read(example.text(), context()).figures();
                for (Expected e : example.expect()) {
                    Optional<Extracted> found = read.stream().filter(f -> f.metric().equals(e.metric()) && f.value().compareTo(e.value()) == 0
                            && (e.breakdown() == null || e.breakdown().equals(f.breakdown()))
                            && (e.subject() == null || f.subject() != null && e.subject().equals(f.subject().name()))).findFirst();
                    if (found.isEmpty()) {
                        failures.add(p.id() + ": \"" + example.text() + "\" does not yield " + e + "; it yields " + read.stream()
                                .map(f -> f.metric() + "=" + f.value() + "[" + f.breakdown() + "]" + (f.subject() == null ? "" : "@" + f.subject().name())).toList());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyPatternNamesAMetricOfTheCatalogue() {
        PatternCatalogue patterns = PatternCatalogue.load(json);
        for (ProsePattern p : patterns.patterns()) {
            for (PatternCatalogue.FigureSpec f : p.figures()) {
                List<String> codes = f.follows() == null ? List.of(f.metric()) : List.copyOf(f.follows().values());
                for (String code : codes) {
                    assertTrue(catalogue.find(code).isPresent(), p.id() + " names unknown metric " + code);
                }
            }
        }
        assertFalse(patterns.patterns().isEmpty());
    }

    @Test
    void aPercentageIsNeverReadAsACount() {
        List<Extracted> read = extractor(PatternCatalogue.load(json)).read("全年办理网上来信562件,办结率达到100%。2015年,新增公开政府信息12%", context()).figures();
        assertTrue(read.stream().noneMatch(f -> f.metric().equals("pro.items")), read.toString());
        assertTrue(read.stream().anyMatch(f -> f.metric().equals("interact.mailbox.completion_rate")), read.toString());
    }

    @Test
    void traditionalScriptIsMatchedInSimplifiedButQuotedAsWritten() {
        String text = "全年共舉辦各類培訓班5期,累計培訓近500人。";
        List<Extracted> read = extractor(PatternCatalogue.load(json)).read(text, context()).figures();
        Extracted trainees = read.stream().filter(f -> f.metric().equals("cap.trainees")).findFirst().orElseThrow();
        assertTrue(trainees.qualifier() == org.disclosurestats.domain.Qualifier.APPROXIMATE);
        assertTrue(trainees.provenance().quote().equals(text.substring(trainees.provenance().start(), trainees.provenance().end())));
        assertTrue(trainees.provenance().quote().contains("舉辦各類培訓班"), trainees.provenance().quote());
        assertTrue(trainees.provenance().writtenAs().equals("近500人"));
    }

    @Test
    void aStatedZeroIsReportedOnlyForTheMetricItSpeaksOf() {
        List<Extracted> read = extractor(PatternCatalogue.load(json)).read("2018年,全市未收到依申请公开政府信息申请。", context()).figures();
        assertTrue(read.size() == 1 && read.get(0).metric().equals("lreq.received") && read.get(0).value().signum() == 0, read.toString());
    }
}
