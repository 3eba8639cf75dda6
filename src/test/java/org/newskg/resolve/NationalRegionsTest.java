package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.orgs.OrgKind;

/** Region context and body names on pages of any province, from the national division tables. */
class NationalRegionsTest {

    private final RegionDetector detector = new RegionDetector(RegionGazetteer.instance());
    private final OrgNameCanonicalizer names = new OrgNameCanonicalizer(RegionGazetteer.instance());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a county's page that names itself by its usual short name
        "6月30日，江华县举行重大项目集中开工仪式。江华县委书记出席并讲话。县长主持仪式。我县将加快项目建设。|湖南省|永州市|江华瑶族自治县",
        // a district of a municipality
        "区委书记会见客商。大渡口区区长介绍了大渡口区经济社会发展情况。区委、区政府欢迎企业来区投资，全区上下共谋发展。|重庆市|重庆市|大渡口区",
        // a county in another province, named once in full, its outlet speaking as 我县
        "南乐县举行集中开工仪式。县长主持仪式，县委书记讲话。我县今年将推进一批重点项目。|河南省|濮阳市|南乐县",
    })
    void aPageGetsItsProvinceCityAndCountyFromItsText(String page, String province, String city, String district) {
        RegionContext ctx = detector.forPage(page, List.of());
        assertEquals(Optional.of(province), ctx.province());
        assertEquals(Optional.of(city), ctx.city());
        assertEquals(Optional.of(district), ctx.district());
    }

    @Test
    void aCountyLevelCitysOwnOutletMeansItselfBy市() {
        String page = "青州新闻网2月15日讯 2月14日，青州市举行春季重点项目集中开工仪式。市委书记讲话，市长主持。"
                + "青州将持续优化营商环境，推动青州高质量发展。潍坊市有关部门负责同志参加。";
        RegionContext ctx = detector.forPage(page, List.of());
        assertEquals(Optional.of("青州市"), ctx.city());
        assertEquals(Optional.of("中共青州市委"), Optional.of(names.canonical("市委", OrgKind.GOVERNMENT, ctx)));
    }

    @Test
    void aWebPagesCreditBelowItsHeadlineNamesItsOwnCountyLevelCity() {
        String page = "寿光：重点项目集中开工\n来源:寿光新闻网 时间: 2023-03-01 09:10\n\n"
                + "寿光新闻网3月1日讯 3月1日，潍坊市重大项目推进会暨寿光市春季重点项目集中开工活动举行。"
                + "潍坊市委副书记出席。市委书记讲话，市长主持。潍坊市有关部门负责同志参加，潍坊市各县市区设分会场。";
        RegionContext ctx = detector.forPage(page, List.of());
        assertEquals(Optional.of("寿光市"), ctx.city());
        assertEquals("中共寿光市委", names.canonical("市委", OrgKind.GOVERNMENT, ctx));
        // the article names its city as often as a district: it stays the article's city
        assertEquals(Optional.of("寿光市"), detector.forArticle(page, ctx).city());
    }

    @Test
    void countyNamesThatAreEverydayWordsNameNoPlace() {
        // 资源县 and 友好区 exist; 资源 and 友好 in a story are words, not those counties
        RegionContext ctx = detector.forPage("我区统筹资源要素，深化友好合作，区委书记出席。资源配置持续优化，友好往来不断。", List.of());
        assertEquals(Optional.empty(), ctx.city());
        assertEquals(Optional.empty(), ctx.district());
    }

    private static final RegionContext NANLE = new RegionContext(Optional.of("河南省"), Optional.of("濮阳市"), Optional.of("南乐县"));
    private static final RegionContext JIANGHUA = new RegionContext(Optional.of("湖南省"), Optional.of("永州市"), Optional.of("江华瑶族自治县"));
    private static final RegionContext JIAOZHOU = new RegionContext(Optional.of("山东省"), Optional.of("胶州市"), Optional.empty());
    private static final RegionContext XIAO = new RegionContext(Optional.of("安徽省"), Optional.of("宿州市"), Optional.of("萧县"));
    private static final RegionContext SHANXI = new RegionContext(Optional.of("山西省"), Optional.of("临汾市"), Optional.of("汾西县"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "寺庄乡党委, NANLE, 南乐县寺庄乡党委",
        "三里河街道办事处, JIAOZHOU, 胶州市三里河街道办事处",
        "江华县委, JIANGHUA, 中共江华瑶族自治县委",
        "县政府, JIANGHUA, 江华瑶族自治县人民政府",
        "枣庄市山亭区委, NANLE, 中共山亭区委",
        "工业和信息化厅, SHANXI, 山西省工业和信息化厅",
        "县委, NANLE, 中共南乐县委",
        "县委, XIAO, 中共萧县县委",
        "华龙区区委, NANLE, 中共华龙区委",
        "党中央, NANLE, 中共中央",
        "欧盟委员会, NANLE, 欧盟委员会",
        "武汉市组织中央气象局, NANLE, 中央气象局",
        "上海市报中央政治局, NANLE, 中央政治局",
        "国家市场监督管理总局, NANLE, 国家市场监督管理总局",
        "中共中央政治局, NANLE, 中共中央政治局",
    })
    void bodiesTakeTheNamesOfTheirPlaces(String mention, String region, String canonical) {
        RegionContext ctx = switch (region) {
            case "NANLE" -> NANLE;
            case "JIANGHUA" -> JIANGHUA;
            case "JIAOZHOU" -> JIAOZHOU;
            case "XIAO" -> XIAO;
            default -> SHANXI;
        };
        assertEquals(canonical, names.canonical(mention, OrgKind.GOVERNMENT, ctx));
    }

    @Test
    void everyProvinceCityAndCountyOfTheTablesIsKnown() {
        RegionGazetteer g = RegionGazetteer.instance();
        assertEquals(Optional.of("永州市"), g.cityOfDistrict("江华瑶族自治县"));
        assertEquals(Optional.of("湖南省"), g.provinceOfCity("永州市"));
        assertEquals(Optional.of("重庆市"), g.cityOfDistrict("大渡口区"));
        assertEquals(Optional.of("新疆维吾尔自治区"), g.province("新疆"));
        assertEquals(Optional.of("延边朝鲜族自治州"), g.city("延边"));
        assertEquals(1, g.townsNamed("寺庄乡").stream().filter(t -> g.parent(t).map(Division::name).orElse("").equals("南乐县")).count());
    }
}
