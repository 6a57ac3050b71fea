package org.disclosurestats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;
import org.disclosurestats.service.AggregateService.Method;
import org.junit.jupiter.api.Test;

/**
 * The territory of a division in a year, over the code list's cases (names and years as in divisions.csv):
 * <pre>
 * 莱芜 merged into 济南 (2019, both valid in 2019): 371202 莱城区 → 370116 莱芜区 (another name), 371203 钢城区 → 370117 钢城区
 * 巢湖 split (ends 2010, new codes 2011): 341421 庐江县 → 340124 (合肥), 341402 居巢区 → 340181 巢湖市 (合肥), 341422 无为县 → 340225 (芜湖)
 * 枞阳县 moved parent (2015, both valid in 2015): 340823 (安庆 340800) → 340722 (铜陵 340700)
 * </pre>
 */
class TerritoriesTest {

    static final DivisionTree CODE_LIST = DivisionTree.of(List.of(
            d("370000", "山东省", Level.PROVINCE, null, null, null),
            d("370100", "济南市", Level.PREFECTURE, "370000", null, null),
            d("370102", "历下区", Level.COUNTY, "370100", null, null),
            d("370116", "莱芜区", Level.COUNTY, "370100", 2019, null),
            d("370117", "钢城区", Level.COUNTY, "370100", 2019, null),
            d("371200", "莱芜市", Level.PREFECTURE, "370000", null, 2019),
            d("371202", "莱城区", Level.COUNTY, "371200", null, 2019),
            d("371203", "钢城区", Level.COUNTY, "371200", null, 2019),
            d("340000", "安徽省", Level.PROVINCE, null, null, null),
            d("340100", "合肥市", Level.PREFECTURE, "340000", null, null),
            d("340121", "长丰县", Level.COUNTY, "340100", null, null),
            d("340124", "庐江县", Level.COUNTY, "340100", 2011, null),
            d("340181", "巢湖市", Level.COUNTY, "340100", 2011, null),
            d("340200", "芜湖市", Level.PREFECTURE, "340000", null, null),
            d("340225", "无为县", Level.COUNTY, "340200", 2011, null),
            d("341400", "巢湖市", Level.PREFECTURE, "340000", null, 2010),
            d("341402", "居巢区", Level.COUNTY, "341400", null, 2010),
            d("341421", "庐江县", Level.COUNTY, "341400", null, 2010),
            d("341422", "无为县", Level.COUNTY, "341400", null, 2010),
            d("340700", "铜陵市", Level.PREFECTURE, "340000", null, null),
            d("340722", "枞阳县", Level.COUNTY, "340700", 2015, null),
            d("340800", "安庆市", Level.PREFECTURE, "340000", null, null),
            d("340811", "宜秀区", Level.COUNTY, "340800", null, null),
            d("340823", "枞阳县", Level.COUNTY, "340800", null, 2015)));
    static final Territories T = CODE_LIST.territories();

    @Test
    void aCountyThatMovesToAnotherParentKeepsItsLandByNameOrAsTheOnlyOneLeft() {
        assertEquals("370117", T.lineage("371203"));   // same name 钢城区
        assertEquals("370116", T.lineage("371202"));   // 莱城区 → 莱芜区: the only one of 莱芜's left, the only new code under 济南
        assertEquals("340181", T.lineage("341402"));   // 居巢区 → 巢湖市: the only new code left under the parents its siblings went to
        assertEquals("340722", T.lineage("340823"));
        assertEquals("370102", T.lineage("370102"));
    }

    @Test
    void aMergerIsSaidOnBothSidesOfItsYearAndTheAbolishedDivisionSaysWhereItsLandWent() {
        assertEquals("territory changes in 2019: joined 370116 莱芜区 (2018: 371202 莱城区 of 371200 莱芜市), 370117 钢城区 (2018: 371203 钢城区 of 371200 莱芜市)",
                T.around("370100", 2018));
        assertEquals("territory changed in 2019: joined 370116 莱芜区 (2018: 371202 莱城区 of 371200 莱芜市), 370117 钢城区 (2018: 371203 钢城区 of 371200 莱芜市)",
                T.around("370100", 2019));
        assertNull(T.around("370100", 2020), "济南's land in 2020 is its land of 2019 and 2021");
        assertNull(T.around("370100", 2017));
        assertEquals("371200 莱芜市 ends after 2019; its land went to 370100 济南市 (371202 莱城区 as 370116 莱芜区, 371203 钢城区 as 370117 钢城区)",
                T.around("371200", 2019));
        assertEquals(T.around("371200", 2019), T.beyond("371200", 2021), "a year after its end says the same");
        assertNull(T.around("370000", 2019), "山东's land did not change, only its prefectures");
        assertEquals("370117 first valid in 2019; in 2018 its land was 371203 钢城区 of 371200 莱芜市", T.around("370117", 2019));
    }

    @Test
    void aSplitNamesEveryParentItsLandWentTo() {
        assertEquals("341400 巢湖市 ends after 2010; its land went to 340100 合肥市 (341421 庐江县 as 340124 庐江县, 341402 居巢区 as 340181 巢湖市), "
                + "340200 芜湖市 (341422 无为县 as 340225 无为县)", T.beyond("341400", 2011));
        Territories.Change hefei = T.between("340100", 2010, 2011);
        assertEquals(List.of("340124", "340181"), hefei.joined().stream().map(m -> m.unit().code).toList());
        assertEquals(List.of("341421", "341402"), hefei.joined().stream().map(m -> m.there().code).toList());
        assertTrue(hefei.left().isEmpty());
        assertEquals("territory changed in 2011: joined 340225 无为县 (2010: 341422 无为县 of 341400 巢湖市)", T.around("340200", 2011));
    }

    @Test
    void aCountyMovingParentChangesBothParentsLandAndTheYearOfChangeKeepsItInBoth() {
        // the list keeps 340823 valid in 2015 under 安庆 and 340722 under 铜陵: both hold the land in 2015
        assertEquals("territory changed in 2015: joined 340722 枞阳县 (2014: 340823 枞阳县 of 340800 安庆市)", T.around("340700", 2015));
        assertEquals("territory changes in 2016: left 340823 枞阳县 (2016: 340722 枞阳县 of 340700 铜陵市)", T.around("340800", 2015));
        assertEquals("territory changed in 2015: joined 340722 枞阳县 (2014: 340823 枞阳县 of 340800 安庆市); "
                + "territory changed in 2016: left 340823 枞阳县 (2016: 340722 枞阳县 of 340700 铜陵市)",
                T.within("340700", 2014, 2015) + "; " + T.within("340800", 2015, 2016));
    }

    @Test
    void twoValuesOfDifferentLandNeverCompare() {
        Comparability.Value y2018 = new Comparability.Value(2018, Method.REPORTED, 1, 0, 2, null, null);
        Comparability.Value y2019 = new Comparability.Value(2019, Method.REPORTED, 1, 0, 4, null, null);
        assertNull(Comparability.ofChange(y2018, y2019, null));
        assertEquals("territory changed between 2018 and 2019: joined 370116 莱芜区 (2018: 371202 莱城区 of 371200 莱芜市), "
                + "370117 钢城区 (2018: 371203 钢城区 of 371200 莱芜市)", Comparability.ofChange(y2018, y2019, T.between("370100", 2018, 2019)));
    }

    @Test
    void aRestatedTotalAddsTheUnitsThatJoinAndTakesOutThoseThatLeft() {
        RollUp.Total jinan = total("500", "155", 3, 12);               // reported 500; computed 155 from 3 of 12 units
        RollUp.Total laicheng = total(null, "20", 0, 0), gangcheng = total(null, "30", 0, 0), nothing = RollUp.Total.NONE;

        RollUp.Total both = Restatement.restated(jinan, List.of(laicheng, gangcheng), List.of());
        assertEquals(new BigDecimal("550"), both.reported());           // 500 + 20 + 30
        assertEquals(new BigDecimal("205"), both.computed());           // 155 + 20 + 30
        assertEquals(5, both.contributingUnits());
        assertEquals(14, both.expectedUnits());

        RollUp.Total oneUnknown = Restatement.restated(jinan, List.of(laicheng, nothing), List.of());
        assertNull(oneUnknown.reported(), "an unknown part cannot be added to a reported aggregate");
        assertEquals(new BigDecimal("175"), oneUnknown.computed());     // 155 + 20
        assertEquals(4, oneUnknown.contributingUnits());
        assertEquals(14, oneUnknown.expectedUnits());

        RollUp.Total without = Restatement.restated(jinan, List.of(), List.of(laicheng));
        assertEquals(new BigDecimal("480"), without.reported());        // 500 − 20
        assertEquals(new BigDecimal("135"), without.computed());        // 155 − 20
        assertEquals(2, without.contributingUnits());
        assertEquals(11, without.expectedUnits());
    }

    @Test
    void aRestatementNamesWhatItAddedAndTookOut() {
        assertEquals("restated on 2019's boundaries: added 371202 莱城区, 371203 钢城区", Restatement.note(T.between("370100", 2018, 2019)));
        assertNull(Restatement.note(T.between("370100", 2019, 2020)));
        assertEquals("restated on 2014's boundaries: took out 340722 枞阳县", Restatement.note(T.between("340700", 2015, 2014)));
    }

    private static RollUp.Total total(String reported, String computed, int contributing, int expected) {
        return new RollUp.Total(reported == null ? null : new BigDecimal(reported), false, new BigDecimal(computed), false, 0, contributing, 0, expected, List.of());
    }

    private static Division d(String code, String name, Level level, String parent, Integer from, Integer to) {
        Division d = RollUpTest.division(code, level, parent, from, to);
        d.name = name;
        d.provinceCode = code.substring(0, 2) + "0000";
        return d;
    }
}
