package org.disclosurestats.importing;

import static io.restassured.RestAssured.given;

import org.disclosurestats.rest.Tokens;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Importing report documents through the API: the standard tables of both editions as government sites lay
 * them out in HTML, tables as plain text and in a PDF text layer, and the life of a draft (invisible until
 * published, recognised when imported again).
 *
 * <p>Expected cells of report-2021.html (示例市, 2021 format): 三 一、本年新收 120 8 1 0 3 2 134; （一）予以公开 60 4 1 0 1 1 67;
 * （三）1、属于国家秘密 1 0 0 0 0 0 1; （六）2、逾期未缴费 all blank ("", &amp;nbsp;, "-", "/", "—"); （七）总计 = 一; 四、结转 5 1 0 0 0 0 6.
 * 二: 规章 0/0/3; "规 范 性 文 件" 5/1/42 (= 行政规范性文件); 行政许可 "12,345"; 行政处罚 "１２８"; 行政强制 "-" (blank);
 * 行政事业性收费 "125,000元" (= 12.5 万元). 四: 1 0 0 1 2 | 0 0 0 0 0 | 0 1 0 0 1. 六: 收取信息处理费1200元.
 *
 * <p>Expected cells of report-2019-tables-2022.html (a 2022 report on 2019 tables): 二 规范性文件 3/3/27; 行政许可 56/-3/1,024;
 * 其他对外管理服务事项 12/0/"/"; 行政处罚 310/+5/86; 行政事业性收费 3/0; 政府集中采购 15/"251000元". 三: only 自然人 and 总计 filled,
 * the five 法人 columns blank; （六）其他处理 one row 1; an extra row "（四）4.属于其他情形" 1 that no format has.
 */
@QuarkusTest
class ImportResourceTest {

    static final String IMPORTS = "/api/v1/imports";

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("importing/" + name)) {
            return in.readAllBytes();
        }
    }

    static JsonPath importHtml(byte[] html, String division, String scope, int... status) {
        return Tokens.asAdmin().contentType("text/html").body(html).queryParam("division", division).queryParam("scope", scope)
                .post(IMPORTS).then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.is(org.hamcrest.Matchers.in(statuses(status)))).extract().jsonPath();
    }

    private static List<Integer> statuses(int... status) {
        return status.length == 0 ? List.of(201) : java.util.Arrays.stream(status).boxed().toList();
    }

    static Map<String, Object> figure(JsonPath draft, String metric) {
        return draft.<Map<String, Object>>getList("figures").stream().filter(f -> metric.equals(f.get("metric"))).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + metric));
    }

    static BigDecimal value(JsonPath draft, String metric) {
        Object v = figure(draft, metric).get("value");
        return v == null ? null : new BigDecimal(v.toString());
    }

    static void assertValue(JsonPath draft, String metric, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(value(draft, metric)), metric);
    }

    static List<Map<String, Object>> checks(JsonPath draft, String identity, String status) {
        return draft.<Map<String, Object>>getList("validation.identities").stream()
                .filter(c -> identity.equals(c.get("identity")) && status.equals(c.get("status"))).toList();
    }

    @Test
    void aReport2021PageIsReadCellByCellFromItsRowspanAndColspanTables() throws IOException {
        JsonPath d = importHtml(fixture("report-2021.html"), "110101", "self", 201, 200); // 200 when another test imported it first
        assertEquals("2021", d.getString("edition"));
        assertEquals(2021, d.getInt("metadata.year.value"));
        assertEquals("title", d.getString("metadata.year.source"));
        assertEquals("示例市人民政府", d.getString("metadata.issuerName.value"));
        assertEquals("示例市人民政府2021年政府信息公开工作年度报告", d.getString("metadata.title.value"));
        // section 三: the 3-row header, rowspan group labels, "1、" numbering
        assertValue(d, "req.new.total", "134");
        assertValue(d, "req.new.commercial", "8");
        assertValue(d, "req.granted.natural_person", "60");
        assertValue(d, "req.partly_granted.total", "11");
        assertValue(d, "req.denied.state_secret.total", "1");
        assertValue(d, "req.denied.administrative_query.commercial", "1");
        assertValue(d, "req.unavailable.not_held.legal_services", "2");
        assertValue(d, "req.other_processing.no_correction.total", "3");
        assertValue(d, "req.total.total", "134");
        assertValue(d, "req.carried_forward.natural_person", "5");
        Map<String, Object> secret = figure(d, "req.denied.state_secret.natural_person");
        assertEquals("table_cell", ((Map<?, ?>) secret.get("provenance")).get("kind"));
        assertEquals("三", ((Map<?, ?>) ((Map<?, ?>) secret.get("provenance")).get("table")).get("section"));
        assertTrue(((String) ((Map<?, ?>) ((Map<?, ?>) secret.get("provenance")).get("table")).get("row")).contains("1、属于国家秘密"));
        assertEquals("自然人", ((Map<?, ?>) ((Map<?, ?>) secret.get("provenance")).get("table")).get("column"));
        // section 二: the one-cell colspan values, drifted 规范性文件, thousands separators, full-width digits, 元 in a 万元 cell
        assertValue(d, "pro.rules.in_force", "3");
        assertValue(d, "pro.normative_docs.issued", "5");
        assertValue(d, "pro.normative_docs.in_force", "42");
        assertValue(d, "pro.licensing.decisions", "12345");
        assertValue(d, "pro.penalty.decisions", "128");
        assertValue(d, "pro.admin_fees.amount", "12.5");
        assertTrue(((String) figure(d, "pro.admin_fees.amount").get("note")).contains("converted to 万元"));
        // section 四 and the fee reported in section 六
        assertValue(d, "appeal.review.total", "2");
        assertValue(d, "appeal.suit_after_review.corrected", "1");
        assertValue(d, "fee.processing_fees", "1200");
        // identities: I1 holds in every column; I2 cannot be checked where (六)2 is blank
        assertEquals(7, checks(d, "I1", "held").size());
        assertEquals(7, checks(d, "I2", "not_checkable").size());
        assertEquals(3, checks(d, "I4", "held").size());
        assertEquals(0, d.getInt("validation.violated"));
        assertTrue(d.getList("validation.unmatchedLabels").isEmpty(), d.getList("validation.unmatchedLabels").toString());
        // a prose figure of a metric the 2021 edition does not have is shown, not dropped
        assertTrue(d.<Map<String, Object>>getList("unmapped").stream().anyMatch(u -> ((String) u.get("reason")).contains("lreq.received")));
    }

    @Test
    void blankCellsAreBlankFiguresNeverZero() throws IOException {
        JsonPath d = importHtml(fixture("report-2021.html"), "110101", "self", 201, 200);
        for (String column : List.of("natural_person", "commercial", "research", "public_interest", "legal_services", "other_org", "total")) {
            Map<String, Object> f = figure(d, "req.other_processing.unpaid_fee." + column);
            assertEquals("blank", f.get("status"), column);
            assertNull(f.get("value"), column);
        }
        assertEquals("blank", figure(d, "pro.coercion.decisions").get("status"));
        assertValue(d, "req.denied.prohibited_by_law.total", "0");
        assertEquals("reported", figure(d, "req.denied.prohibited_by_law.total").get("status"));
    }

    @Test
    void aReport2022With2019TablesIsRecognisedAs2019FromItsLabels() throws IOException {
        JsonPath d = importHtml(fixture("report-2019-tables-2022.html"), "110102", "self");
        assertEquals("2019", d.getString("edition"));
        assertEquals(2022, d.getInt("metadata.year.value"));
        assertEquals("department", d.getString("metadata.issuerKind.value"));
        assertValue(d, "pro.normative_docs.made", "3");
        assertValue(d, "pro.normative_docs.published_total", "27");
        assertValue(d, "pro.licensing.items_change", "-3");
        assertValue(d, "pro.licensing.decisions", "1024");
        assertEquals("blank", figure(d, "pro.other_services.decisions").get("status"));
        assertValue(d, "pro.penalty.items_change", "5");
        assertValue(d, "pro.admin_fees.items_prev_year", "3");
        assertValue(d, "pro.procurement.projects", "15");
        assertValue(d, "pro.procurement.amount", "251000");
        assertValue(d, "req.other_processing.total", "1"); // the 2019 single row
        assertEquals("blank", figure(d, "req.new.commercial").get("status"));
        assertValue(d, "req.new.natural_person", "20");
        // the row no format has is reported, and its absence from the sums shows in I2
        assertTrue(d.getList("validation.unmatchedLabels").toString().contains("属于其他情形"), d.getList("validation.unmatchedLabels").toString());
        assertTrue(checks(d, "I1", "held").stream().anyMatch(c -> "natural_person".equals(c.get("column"))));
        assertTrue(checks(d, "I2", "violated").stream().anyMatch(c -> "natural_person".equals(c.get("column"))));
        assertTrue(checks(d, "I4", "not_checkable").stream().anyMatch(c -> "suit_direct".equals(c.get("row"))));
    }

    static final String TEXT_TABLE = String.join("\n",
            "示例区人民政府2020年政府信息公开工作年度报告",
            "三、收到和处理政府信息公开申请情况",
            "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
            "|---|---|---|---|---|---|---|---|",
            "| 一、本年新收政府信息公开申请数量 | ９ | 1 | | | | | 10 |",
            "| 二、上年结转政府信息公开申请数量 | 0 | 0 | | | | | 0 |",
            "| 三、本年度办理结果 （一）予以公开 | 6 | 1 | | | | | 7 |",
            "| （二）部分公开 | 1 | 0 | | | | | 1 |",
            "| （三）不予公开 1、属于国家秘密 | 0 | 0 | | | | | 0 |",
            "| 2、其他法律行政法规禁止公开 | 0 | 0 | | | | | 0 |",
            "| （四）无法提供 1.本机关不掌握相关政府信息 | 2 | 0 | | | | | 2 |",
            "（五）不予处理 1.信访举报投诉类申请 0 0",
            "| （六）其他处理 | 0 | 0 | | | | | 0 |",
            "| （七）总计 | 9 | 1 | | | | | 10 |",
            "| 四、结转下年度继续办理 | 0 | 0 | | | | | 0 |",
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议\t行政诉讼",
            "0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");

    @Test
    void tablesGivenAsPlainTextArePipeAndTabSeparated() {
        JsonPath d = Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body(TEXT_TABLE.getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "110105").queryParam("scope", "self")
                .post(IMPORTS).then().statusCode(201).extract().jsonPath();
        assertEquals("2019", d.getString("edition")); // （六）其他处理 as one row with values
        assertEquals(2020, d.getInt("metadata.year.value"));
        assertValue(d, "req.new.natural_person", "9");
        assertValue(d, "req.new.total", "10");
        assertEquals("blank", figure(d, "req.new.research").get("status"));
        assertValue(d, "req.granted.total", "7");
        assertValue(d, "req.unavailable.not_held.total", "2");
        assertValue(d, "appeal.review.corrected", "1");
        assertValue(d, "appeal.review.total", "1");
        // a row whose blank cells were lost cannot be aligned with its columns: shown, not guessed
        assertTrue(d.<Map<String, Object>>getList("unmapped").stream().anyMatch(u -> ((String) u.get("reason")).contains("cannot be told apart")));
    }

    /** A line of a table as a PDF draws it: labels from the left, values in columns aligned from the right edge. */
    private static List<TextLayerPdf.Placed> line(float y, List<String> labels, List<String> values) {
        List<TextLayerPdf.Placed> placed = new ArrayList<>();
        float x = 20;
        for (String label : labels) {
            placed.add(new TextLayerPdf.Placed(label, x, y));
            x += 10 * label.length() + 24;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            float center = 1300 - 70 * (values.size() - 1 - i);
            placed.add(new TextLayerPdf.Placed(v, center - (v.chars().allMatch(c -> c < 0x80) ? 2.5f : 5f) * v.length(), y));
        }
        return placed;
    }

    @Test
    void aPdfIsReadThroughItsTextLayer() throws IOException {
        List<TextLayerPdf.Placed> page = new ArrayList<>();
        float y = 30;
        page.addAll(line(y += 18, List.of("示例县人民政府2021年政府信息公开工作年度报告"), List.of()));
        page.addAll(line(y += 18, List.of("二、主动公开政府信息情况"), List.of()));
        page.addAll(line(y += 18, List.of("信息内容"), List.of("本年制发件数", "本年废止件数", "现行有效件数")));
        page.addAll(line(y += 18, List.of("规章"), List.of("0", "0", "0")));
        page.addAll(line(y += 18, List.of("行政规范性文件"), List.of("4", "1", "37")));
        page.addAll(line(y += 18, List.of("三、收到和处理政府信息公开申请情况"), List.of()));
        page.addAll(line(y += 18, List.of(), List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")));
        page.addAll(line(y += 18, List.of("一、本年新收政府信息公开申请数量"), List.of("15", "2", "0", "0", "0", "1", "18")));
        page.addAll(line(y += 18, List.of("二、上年结转政府信息公开申请数量"), List.of("1", "0", "0", "0", "0", "0", "1")));
        page.addAll(line(y += 18, List.of("三、本年度办理结果", "（一）予以公开"), List.of("9", "1", "0", "0", "0", "0", "10")));
        page.addAll(line(y += 18, List.of("（七）总计"), List.of("15", "2", "0", "0", "0", "1", "18")));
        page.addAll(line(y += 18, List.of("四、结转下年度继续办理"), List.of("1", "0", "0", "0", "0", "0", "1")));
        byte[] pdf = TextLayerPdf.place(List.of(page), 1400, y + 40);
        JsonPath d = Tokens.asAdmin().contentType("application/pdf").body(pdf).queryParam("division", "110106").queryParam("scope", "self")
                .post(IMPORTS).then().statusCode(201).extract().jsonPath();
        assertEquals("application/pdf", d.getString("mediaType"));
        assertEquals("2021", d.getString("edition"));
        assertEquals(2021, d.getInt("metadata.year.value"));
        assertValue(d, "pro.normative_docs.issued", "4");
        assertValue(d, "pro.normative_docs.in_force", "37");
        assertValue(d, "req.new.total", "18");
        assertValue(d, "req.new.other_org", "1");
        assertValue(d, "req.granted.natural_person", "9");
        assertValue(d, "req.carried_forward.total", "1");
        assertEquals(7, checks(d, "I1", "held").size());
    }

    @Test
    void aScannedPdfWithoutTextIsAClearProblemNotAnEmptyReport() throws IOException {
        Tokens.asAdmin().contentType("application/pdf").body(TextLayerPdf.scanned()).queryParam("division", "110101").queryParam("scope", "self")
                .queryParam("year", "2021").queryParam("issuer", "示例").post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:disclosure-stats:problem:no-text-layer"))
                .body("detail", containsString("scan"));
    }

    @Test
    void tellsARepeatedPlaceNameByTheNamesAroundIt() {
        // 朝阳区 is a district of 北京 (110105) and of 长春 (220104): alone it is ambiguous.
        String body = "2022年政府信息公开工作年度报告\n2022年，全区共主动公开政府信息100条。";
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body(("北京市朝阳区人民政府" + body).getBytes(StandardCharsets.UTF_8))
                .queryParam("scope", "self").post(IMPORTS).then().statusCode(201).body("metadata.division.value", equalTo("110105"));
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body(("朝阳区人民政府" + body + "长春市").getBytes(StandardCharsets.UTF_8))
                .queryParam("scope", "self").post(IMPORTS).then().statusCode(201).body("metadata.division.value", equalTo("220104"));
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body(("朝阳区人民政府" + body).getBytes(StandardCharsets.UTF_8))
                .queryParam("scope", "self").post(IMPORTS).then().statusCode(422).body("violations.pointer", hasItem("division"));
    }

    @Test
    void importingAndPublishingNeedAPublisherOfTheDivision() {
        byte[] text = "北京市东城区人民政府2021年政府信息公开工作年度报告。全年共公开各类政府文件52件。".getBytes(StandardCharsets.UTF_8);
        given().contentType("text/plain; charset=UTF-8").body(text).queryParam("scope", "self").post(IMPORTS)
                .then().statusCode(401).contentType("application/problem+json");
        Tokens.as(Tokens.publisher("hefei-platform", "340100")).contentType("text/plain; charset=UTF-8").body(text)
                .queryParam("division", "110101").queryParam("scope", "self").post(IMPORTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().urlEncodingEnabled(false).post("/api/v1/reports/1:publish").then().statusCode(401);
    }

    @Test
    void whatTheDocumentDoesNotSayMustBeGivenAsParameters() {
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body("全年共公开各类政府文件52件。".getBytes(StandardCharsets.UTF_8)).post(IMPORTS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.pointer", hasItem("year")).body("violations.pointer", hasItem("division"));
        Tokens.asAdmin().contentType("application/msword").body(new byte[] {1, 2, 3}).post(IMPORTS).then().statusCode(415);
    }

    @Test
    void aDraftIsInvisibleToReadsAndAggregatesUntilPublished() throws IOException {
        byte[] html = (new String(fixture("report-2021.html"), StandardCharsets.UTF_8) + "<!-- publishing test -->").getBytes(StandardCharsets.UTF_8);
        JsonPath d = importHtml(html, "110108", "aggregate");
        long importId = d.getLong("id");
        long reportId = d.getLong("reportId");
        assertEquals(1, d.getInt("revision"));
        assertEquals("draft", d.getString("status"));

        given().get("/api/v1/reports?division=110108&year=2021").then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/api/v1/reports/" + reportId).then().statusCode(404);
        assertNull(countyTotal());

        Tokens.asAdmin().urlEncodingEnabled(false).post("/api/v1/reports/" + reportId + ":publish").then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/" + reportId))
                .body("id", equalTo((int) reportId)).body("revision", equalTo(2)).body("edition", equalTo("2021"));
        given().get("/api/v1/reports?division=110108&year=2021").then().statusCode(200).body("items.size()", equalTo(1));
        given().get("/api/v1/reports/" + reportId).then().statusCode(200)
                .body("observations.find { it.metric == 'req.new.total' }.value", equalTo(134));
        assertEquals(0, new BigDecimal("134").compareTo(countyTotal()));
        Tokens.asAdmin().get(IMPORTS + "/" + importId).then().statusCode(200).body("status", equalTo("published"));

        // the same bytes again: recognised, nothing new
        JsonPath again = importHtml(html, "110108", "aggregate", 200);
        assertEquals(importId, again.getLong("duplicateOf"));
        assertEquals(importId, again.getLong("id"));
        // the draft has been published: publishing again is a conflict, not a new revision
        Tokens.asAdmin().urlEncodingEnabled(false).post("/api/v1/reports/" + reportId + ":publish").then().statusCode(409)
                .contentType("application/problem+json");
    }

    private static BigDecimal countyTotal() {
        JsonPath t = given().get("/api/v1/aggregates/totals?metric=req.new.total&by=county&within=110000&yearFrom=2021").then().statusCode(200)
                .extract().jsonPath();
        Object total = t.<Map<String, Object>>getList("items").stream().filter(r -> "110108".equals(((Map<?, ?>) r.get("division")).get("code")))
                .map(r -> r.get("total")).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return total == null ? null : new BigDecimal(total.toString());
    }

    @Test
    void anImportIsReadBackByIdAndAnUnknownIdIsNotFound() throws IOException {
        JsonPath d = importHtml(fixture("report-2021.html"), "110101", "self", 201, 200);
        long id = d.getLong("id");
        Tokens.asAdmin().get(IMPORTS + "/" + id).then().statusCode(200).body("edition", equalTo("2021")).body("figures.size()", notNullValue())
                .header("Cache-Control", equalTo("private, no-store")); // a draft is not public
        Tokens.asAdmin().get(IMPORTS + "/999999").then().statusCode(404).contentType("application/problem+json");
        Tokens.asAdmin().get(IMPORTS + "/abc").then().statusCode(400);
    }

    @Test
    void aDocumentCanBeSentAsAFormUpload() throws IOException {
        Tokens.asAdmin().multiPart("file", "report.txt", TEXT_TABLE.replace("2020年", "2019年").getBytes(StandardCharsets.UTF_8), "text/plain")
                .queryParam("division", "110107").queryParam("scope", "self")
                .post(IMPORTS).then().statusCode(201).body("edition", equalTo("2019")).body("metadata.year.value", equalTo(2019));
    }
}
