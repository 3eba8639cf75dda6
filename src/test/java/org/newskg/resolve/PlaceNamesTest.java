package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.orgs.OrgKind;

/** Places are divisions, named sites or states, never common nouns, slogans, counts or fragments. */
class PlaceNamesTest {

    private final PlaceNames places = new PlaceNames(RegionGazetteer.instance());
    private final OrgNameCanonicalizer names = new OrgNameCanonicalizer(RegionGazetteer.instance());

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "威海市, true", "江华县, true", "寺庄乡, true", "瑶洞村, true", "蛇口工业区, true", "伊拉克共和国, true",
        "东北地区, true", "日本, true", "长江, true", "厄瓜多尔共和国, true", "丹麦王国, true",
        "乡村, false", "城市, false", "全国, false", "航天强省, false", "一百多台, false", "家庭和村, false",
        "压实各地区, false", "川渝两省市, false", "规模自然村, false", "口腔院区, false", "组织县乡, false",
        "水蜜桃上市, false", "震中灾区, false", "前首相村山富市, false", "国际航运核心区, false",
        "经济的城市, false", "周边产业园区, false", "年度山东省, false", "口岸返乡, false", "佤族自治县, false",
    })
    void whatIsAPlacesName(String name, boolean place) {
        assertEquals(place, places.isPlaceName(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"日本政府", "加拿大财政部", "美韩军方", "乌克兰国防部"})
    void aForeignStatesBodyTakesNoChinesePlace(String mention) {
        RegionContext guangzhou = new RegionContext(Optional.of("广东省"), Optional.of("广州市"), Optional.empty());
        assertEquals(mention, names.canonical(mention, OrgKind.GOVERNMENT, guangzhou));
    }
}
