package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.disclosurestats.rest.SeedReportFixtures.observations;
import static org.disclosurestats.rest.SeedReportFixtures.own;
import static org.disclosurestats.rest.SeedReportFixtures.provenance;
import static org.disclosurestats.rest.SeedReportFixtures.report;
import static org.disclosurestats.rest.SeedReportFixtures.reportId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five curated seed reports, as the read API serves them. */
@QuarkusTest
class SeedReportsTest {

    static final List<Object[]> SEEDS = List.of(new Object[] {"650100", 2014}, new Object[] {"650000", 2016},
            new Object[] {"340100", 2012}, new Object[] {"150203", 2015}, new Object[] {"652702", 2018});

    private static BigDecimal value(Map<String, Object> observation) {
        return new BigDecimal(String.valueOf(observation.get("value")));
    }

    private static void assertFigure(JsonPath report, String metric, String expected, String writtenAs) {
        Map<String, Object> figure = own(report, metric);
        assertEquals(0, new BigDecimal(expected).compareTo(value(figure)), metric);
        assertEquals(writtenAs, provenance(figure).get("writtenAs"), metric);
        assertTrue(((String) provenance(figure).get("quote")).contains(writtenAs), metric + " quote contains the figure");
    }

    @Test
    void servesTheXinjiangAggregateReportWithItsSubRegionsApart() {
        JsonPath xj = report("650000", 2016);
        assertEquals("aggregate", xj.getString("scope"));
        assertEquals("新疆维吾尔自治区", xj.getString("division.name"));
        assertFigure(xj, "pro.channel.website", "376420", "376420条");
        assertFigure(xj, "pro.channel.weibo", "19063", "19063条");
        assertFigure(xj, "pro.channel.wechat", "3856", "3856条");
        assertFigure(xj, "lreq.received", "768", "768件");
        assertFigure(xj, "lappeal.review", "64", "64件");
        // The general office's 24 requests belong to the office, not to the region as a whole.
        Map<String, Object> office = observations(xj, "lreq.received").stream().filter(o -> o.get("subject") != null).findFirst().orElseThrow();
        assertEquals(Map.of("name", "自治区人民政府办公厅", "division", "650000"), office.get("subject"));
        assertEquals(0, new BigDecimal(24).compareTo(value(office)));
    }

    @Test
    void readsMultipliersAndApproximationsInTheTraditionalScriptSeed() {
        JsonPath hefei = report("340100", 2012);
        assertFigure(hefei, "pro.channel.website", "248000", "24.8萬條");
        assertFigure(hefei, "cap.training_sessions", "5", "5期");
        assertFigure(hefei, "lreq.received", "455", "455件");
        Map<String, Object> trainees = own(hefei, "cap.trainees");
        assertEquals("approximate", trainees.get("qualifier"));
        assertEquals(0, new BigDecimal(500).compareTo(value(trainees)));
        assertTrue(((String) provenance(trainees).get("quote")).contains("累計培訓近500人"), "quote stays in traditional script");
        String text = given().get("/api/v1/reports/" + reportId("340100", 2012) + "/text").then().statusCode(200).extract().asString();
        assertTrue(text.startsWith("合肥市人民政府2012年政府信息公開工作年度報告"), "the text is stored as written");
    }

    @Test
    void keepsStatedZerosAsReportedZeros() {
        JsonPath alashankou = report("652702", 2018);
        assertFigure(alashankou, "lreq.received", "0", "未收到");
        assertFigure(alashankou, "lappeal.review", "0", "未接到");
        assertFigure(alashankou, "pro.items", "3054", "3054条");
        assertFigure(alashankou, "power.categories", "10", "十个类别");
        JsonPath kundulun = report("150203", 2015);
        assertFigure(kundulun, "fee.request_fees", "0", "为零");
        assertFigure(kundulun, "lappeal.review", "0", "无");
        assertFigure(report("650000", 2016), "fee.request_fees", "0", "全部免费");
        assertEquals("reported", own(alashankou, "lreq.received").get("status"));
    }

    @Test
    void leavesFiguresASeedNeverStatesAbsentRatherThanZero() {
        JsonPath urumqi = report("650100", 2014);
        assertFigure(urumqi, "pro.items", "4217", "4217条");
        // The Urumqi report says nothing about requests, reconsiderations or fees: no observation, not 0.
        for (String unstated : List.of("lreq.received", "lappeal.review", "lappeal.suit", "fee.request_fees")) {
            assertTrue(observations(urumqi, unstated).isEmpty(), unstated + " must be absent");
        }
        // 昆都仑区 states zero reconsiderations but never mentions lawsuits.
        assertTrue(observations(report("150203", 2015), "lappeal.suit").isEmpty());
    }

    @Test
    void storesPercentagesAsRatiosNotCounts() {
        JsonPath urumqi = report("650100", 2014);
        Map<String, Object> share = observations(urumqi, "pro.category_share").stream()
                .filter(o -> "规章文件类信息".equals(o.get("breakdown"))).findFirst().orElseThrow();
        assertEquals("%", share.get("unit"));
        assertEquals(0, new BigDecimal("1.4").compareTo(value(share)));
        given().get("/api/v1/metrics/pro.category_share").then().statusCode(200).body("aggregation", org.hamcrest.Matchers.equalTo("ratio"));
    }

    @Test
    void keepsThePowerListOfKundulunByCategory() {
        JsonPath kundulun = report("150203", 2015);
        assertFigure(kundulun, "power.items", "2977", "2977项");
        Map<String, Object> penalties = observations(kundulun, "power.items").stream()
                .filter(o -> "行政处罚".equals(o.get("breakdown"))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal(2191).compareTo(value(penalties)));
    }

    @Test
    void pointsEveryProvenanceAtItsQuoteInTheStoredText() {
        for (Object[] seed : SEEDS) {
            long id = reportId((String) seed[0], (Integer) seed[1]);
            String text = given().get("/api/v1/reports/" + id + "/text").then().statusCode(200)
                    .contentType("text/plain").extract().asString();
            JsonPath report = given().get("/api/v1/reports/" + id).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> all = report.getList("observations");
            assertTrue(all.size() >= 20, "seed " + seed[0] + " has its figures");
            for (Map<String, Object> o : all) {
                Map<String, Object> p = provenance(o);
                String quote = (String) p.get("quote");
                assertEquals(quote, text.substring((Integer) p.get("start"), (Integer) p.get("end")), o.get("metric") + " in " + seed[0]);
                assertTrue(quote.contains((String) p.get("writtenAs")), o.get("metric") + " written as " + p.get("writtenAs"));
            }
        }
    }
}
