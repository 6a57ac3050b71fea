package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A CSV row read alone keeps its meaning: it names its division, metric, unit and year; a ranking keeps its unranked. */
@QuarkusTest
class CsvColumnsTest {

    private static List<String> lines(String url) {
        String csv = given().accept("text/csv").get(url).then().statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFF"));
        return Arrays.asList(csv.substring(1).split("\r\n"));
    }

    @Test
    void seriesRowsNameTheirDivisionMetricAndUnit() {
        String url = "/api/v1/series?metric=lreq.received&division=650000&yearFrom=2016&yearTo=2018";
        List<String> lines = lines(url);
        assertTrue(lines.get(0).startsWith("metric,unit,aggregation,division.code,division.name,division.level,family,year,value,method"), lines.get(0));
        JsonPath json = given().get(url).then().statusCode(200).extract().jsonPath();
        assertEquals(json.getList("items").size(), lines.size() - 1);
        for (String row : lines.subList(1, lines.size())) {
            assertTrue(row.startsWith("lreq.received," + json.getString("unit") + ",sum,650000,"), row);
        }
    }

    @Test
    void rankingRowsNameTheirMetricYearAndUnitAndKeepTheUnranked() {
        String url = "/api/v1/rankings?metric=pro.items&year=2016&by=prefecture&within=650000";
        List<String> lines = lines(url);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals(List.of("metric", "unit", "year", "within.code"), header.subList(0, 4));
        assertTrue(header.contains("rank") && header.contains("reason"), header.toString());
        JsonPath json = given().get(url).then().statusCode(200).extract().jsonPath();
        int ranked = json.getList("items").size();
        int unranked = json.getList("unranked").size();
        assertTrue(unranked > 0, "the fixture leaves some of 新疆's prefectures unranked");
        assertEquals(ranked + unranked, lines.size() - 1);
        String lastRow = lines.get(lines.size() - 1);
        String lastReason = json.getList("unranked.reason", String.class).get(unranked - 1);
        assertTrue(lastRow.startsWith("pro.items,") && lastRow.contains(lastReason), lastRow);
    }
}
