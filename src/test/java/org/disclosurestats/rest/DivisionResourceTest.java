package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DivisionResourceTest {

    @Test
    void resolvesARecodedPrefectureByYear() {
        // 吐鲁番地区 652100 until 2015, then 吐鲁番市 650400 from 2015: both valid in the change year.
        given().get("/api/v1/divisions/652100?year=2014").then().statusCode(200)
                .body("division.name", equalTo("吐鲁番地区")).body("division.validTo", equalTo(2015));
        given().get("/api/v1/divisions/650400?year=2016").then().statusCode(200)
                .body("division.name", equalTo("吐鲁番市")).body("division.validFrom", equalTo(2015));
        given().get("/api/v1/divisions/652100?year=2016").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("code"));
    }

    @Test
    void resolvesACountyRecodedUnderItsNewParent() {
        // 伊吾县: 652223 under 哈密地区 until 2016, 650522 under 哈密市 from 2016.
        given().get("/api/v1/divisions/652223?year=2015").then().statusCode(200).body("division.parent", equalTo("652200"));
        given().get("/api/v1/divisions/650522?year=2017").then().statusCode(200).body("division.parent", equalTo("650500"));
    }

    @Test
    void keepsEveryNamePeriodOfARenamedCode() {
        given().get("/api/v1/divisions/130502").then().statusCode(200)
                .body("periods.name", contains("桥东区", "襄都区"))
                .body("division.name", equalTo("襄都区"));
        given().get("/api/v1/divisions/130502?year=2019").then().statusCode(200).body("division.name", equalTo("桥东区"));
    }

    @Test
    void listsTheCountiesOfAPrefectureValidInAYear() {
        // 博尔塔拉: 博乐市, 阿拉山口市 (from 2012), 精河县, 温泉县.
        given().get("/api/v1/divisions?parent=652700&year=2018").then().statusCode(200)
                .body("items.code", contains("652701", "652702", "652722", "652723"));
        given().get("/api/v1/divisions?parent=652700&year=2011").then().statusCode(200)
                .body("items.code", not(hasItem("652702")));
    }

    @Test
    void findsNamesWrittenInTraditionalCharacters() {
        given().get("/api/v1/divisions?q=烏魯木齊&level=prefecture").then().statusCode(200)
                .body("items.code", contains("650100"));
        given().get("/api/v1/divisions?q=乌鲁木齐&level=prefecture").then().statusCode(200)
                .body("items.code", contains("650100"));
    }

    @Test
    void countsChildrenAndMarksFunctionalZones() {
        given().get("/api/v1/divisions/150271").then().statusCode(200)
                .body("division.level", equalTo("zone")).body("division.parent", equalTo("150200"));
        given().get("/api/v1/divisions/650000?year=2016").then().statusCode(200)
                .body("division.parent", nullValue()).body("division.children", equalTo(16));
    }

    @Test
    void rejectsMalformedCodesAndYears() {
        given().get("/api/v1/divisions/65x000").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("code"));
        given().get("/api/v1/divisions?year=20x6").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("year")).body("status", equalTo(400));
        given().get("/api/v1/divisions?level=city").then().statusCode(400).body("parameter", equalTo("level"));
        given().get("/api/v1/divisions/999999").then().statusCode(404).body("title", equalTo("Division not found"));
    }

    @Test
    void returnsNothingForANameThatMatchesNoDivision() {
        given().get("/api/v1/divisions?q=不存在的地方").then().statusCode(200).body("items", hasSize(0));
    }
}
