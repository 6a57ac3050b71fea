package org.disclosurestats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Level;
import org.disclosurestats.domain.ObservationStatus;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;
import org.disclosurestats.domain.ReportSubmission.Provenance;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.domain.SourceKind;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.service.ApiProblem.Violation;
import org.junit.jupiter.api.Test;

/** The rules a submission must meet, with the catalogue from its migration files and a two-division tree (no database). */
class SubmissionRulesTest {

    private static final String TEXT = "2018年,全市未收到依申请公开政府信息申请。";

    private static SubmissionRules rules() {
        SubmissionRules rules = new SubmissionRules();
        rules.catalogue = Catalogue.of(TestCatalogue.metrics());
        // 吐鲁番地区 652100 until 2015; 阿拉山口市 652702 from 2012
        rules.divisions = DivisionTree.of(List.of(RollUpTest.division("652100", Level.PREFECTURE, "650000", null, 2015),
                RollUpTest.division("652702", Level.COUNTY, "652700", 2012, null)));
        return rules;
    }

    private static ReportSubmission legacy(String division, int year, List<Figure> figures) {
        return new ReportSubmission("阿拉山口市人民政府", IssuerKind.GOVERNMENT, division, year, Scope.AGGREGATE, Edition.LEGACY,
                "阿拉山口市" + year + "年政府信息公开工作年度报告", null, null, TEXT, figures);
    }

    private static Figure received(BigDecimal value) {
        return new Figure("lreq.received", null, null, value, null, null, Provenance.submitted());
    }

    private static List<String> pointers(List<Violation> violations) {
        return violations.stream().map(Violation::pointer).toList();
    }

    @Test
    void aValidSubmissionBreaksNoRule() {
        int start = TEXT.indexOf("全市未收到");
        Figure quoted = new Figure("lreq.received", null, null, BigDecimal.ZERO, null, null,
                new Provenance(SourceKind.SENTENCE, "全市未收到依申请公开政府信息申请", start, start + 16, "未收到", null, null, null));

        assertEquals(List.of(), rules().violations(legacy("652702", 2018, List.of(quoted))));
    }

    @Test
    void aDivisionIsResolvedInTheReportsYear() {
        assertEquals(List.of("/division"), pointers(rules().violations(legacy("652100", 2016, List.of()))));
        assertEquals(List.of(), rules().violations(legacy("652100", 2015, List.of())));
        assertEquals(List.of("/division"), pointers(rules().violations(legacy("65210", 2015, List.of()))));
    }

    @Test
    void everyViolationIsReportedAtOnceEachAtItsPlace() {
        Figure unknown = new Figure("no.such.metric", null, null, BigDecimal.ONE, null, null, null);
        Figure negative = received(BigDecimal.valueOf(-1));
        Figure fraction = new Figure("lreq.answered", null, null, new BigDecimal("2.5"), null, null, null);

        List<String> found = pointers(rules().violations(legacy("652702", 2018, List.of(unknown, negative, fraction))));

        assertEquals(List.of("/figures/0/metric", "/figures/1/value", "/figures/2/value"), found);
    }

    @Test
    void aFigureStatedTwiceAndABlankWithAValueAreRefused() {
        Figure blankWithValue = new Figure("lreq.received", "网站", null, BigDecimal.ONE, null, ObservationStatus.BLANK, null);

        List<String> found = pointers(rules().violations(legacy("652702", 2018, List.of(received(BigDecimal.ONE), received(BigDecimal.TEN),
                blankWithValue))));

        assertTrue(found.contains("/figures/1"), found.toString());
        assertTrue(found.contains("/figures/2/value"), found.toString());
    }

    @Test
    void offsetsMustLocateTheQuoteInTheText() {
        Figure misplaced = new Figure("lreq.received", null, null, BigDecimal.ZERO, null, null,
                new Provenance(SourceKind.SENTENCE, "全市未收到", 0, 5, "未收到", null, null, null));

        assertEquals(List.of("/figures/0/provenance"), pointers(rules().violations(legacy("652702", 2018, List.of(misplaced)))));
    }

    @Test
    void valuesMustFitTheStoredPrecision() {
        assertTrue(SubmissionRules.magnitudeViolation(new BigDecimal("1234567890123456")).isPresent());
        assertTrue(SubmissionRules.magnitudeViolation(new BigDecimal("0.1234567")).isPresent());
        assertTrue(SubmissionRules.magnitudeViolation(new BigDecimal("123456789012345.123456")).isEmpty());
    }
}
