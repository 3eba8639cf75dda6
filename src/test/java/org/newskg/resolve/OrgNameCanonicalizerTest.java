package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.orgs.OrgKind;

class OrgNameCanonicalizerTest {

    private final OrgNameCanonicalizer names = new OrgNameCanonicalizer(RegionGazetteer.instance());

    /** A county paper in Dezhou: 县 is 齐河县, 市 is 德州市, 省 is 山东省. */
    private final RegionContext qihe = new RegionContext(Optional.of("山东省"), Optional.of("德州市"), Optional.of("齐河县"));
    /** A district paper in Yantai. */
    private final RegionContext fushan = new RegionContext(Optional.of("山东省"), Optional.of("烟台市"), Optional.of("福山区"));

    @ParameterizedTest
    @CsvSource({
        "县市场监管局, 齐河县市场监督管理局",
        "县发改局, 齐河县发展和改革局",
        "县工信局, 齐河县工业和信息化局",
        "省科技厅, 山东省科学技术厅",
        "省人社厅, 山东省人力资源和社会保障厅",
        "市人社局, 德州市人力资源和社会保障局",
        "省委统战部, 中共山东省委统战部",
        "市统战部, 中共德州市委统战部",
        "市委, 中共德州市委",
        "县委, 中共齐河县委",
        "德州市委宣传部, 中共德州市委宣传部",
        "县政府, 齐河县人民政府",
        "市政府新闻办公室, 德州市人民政府新闻办公室",
        "德州市人大常委会, 德州市人民代表大会常务委员会",
        "县纪委监委机关, 齐河县纪委监委",
        "住建局, 齐河县住房和城乡建设局",
        "商务部, 中华人民共和国商务部",
        "科学技术部, 中华人民共和国科学技术部",
        "国务院, 国务院",
        "市场监督管理局, 齐河县市场监督管理局",
        "党中央, 中共中央",
        "县委政法委员会, 中共齐河县委政法委员会",
        "群工部, 中共齐河县委群众工作部",
    })
    void governmentBodiesInACountyPaper(String mention, String canonical) {
        assertEquals(canonical, names.canonical(mention, OrgKind.GOVERNMENT, qihe));
    }

    @ParameterizedTest
    @CsvSource({
        "区管委, 福山区管委会",
        "管委会, 福山区管委会",
        "区党工委, 福山区党工委",
        "党群工作部, 福山区党群工作部",
        "区卫健局, 福山区卫生健康局",
        "烟台高新区, 烟台高新技术产业开发区",
        "经开区科技创新局, 烟台经济技术开发区科技创新局",
        "绿色发展工作领导小组, 绿色发展工作领导小组",
        "营商环境大提升行动工作专班, 福山区营商环境大提升行动工作专班",
    })
    void governmentBodiesInADistrictPaper(String mention, String canonical) {
        assertEquals(canonical, names.canonical(mention, OrgKind.GOVERNMENT, fushan));
    }

    @ParameterizedTest
    @CsvSource({"管委会, 青川港经济开发区管委会", "党工委, 青川港经济开发区党工委", "区卫健局, 福山区卫生健康局"})
    void aBareAdministrationIsThatOfTheZoneTheArticleNames(String mention, String canonical) {
        assertEquals(canonical, names.canonical(mention, OrgKind.GOVERNMENT, fushan.withZone(Optional.of("青川港经济开发区"))));
    }

    @ParameterizedTest
    @CsvSource({
        "省工商联, ASSOCIATION, 山东省工商业联合会",
        "市文联, ASSOCIATION, 烟台市文学艺术界联合会",
        "区总工会, OTHER, 福山区总工会",
        "烟台莱山果业有限公司, COMPANY, 烟台莱山果业有限公司",
        "市场开发集团, COMPANY, 市场开发集团",
    })
    void otherOrganisations(String mention, OrgKind kind, String canonical) {
        assertEquals(canonical, names.canonical(mention, kind, fushan));
    }

    @ParameterizedTest
    @CsvSource({
        "麦加省政府, GOVERNMENT, 麦加省政府",
        "中国国民党革命委员会北京市委员会, OTHER, 中国国民党革命委员会北京市委员会",
        "中国国民党革命委员会北京市委员会, GOVERNMENT, 中国国民党革命委员会北京市委员会",
    })
    void aForeignProvinceOrAnotherPartyTakesNoChineseFormOfName(String mention, OrgKind kind, String canonical) {
        assertEquals(canonical, names.canonical(mention, kind, fushan));
    }

    @ParameterizedTest
    @CsvSource({"区市场监管局", "省委", "党群工作部"})
    void unknownPlacesLeaveTheLevelAsWritten(String mention) {
        String canonical = names.canonical(mention, OrgKind.GOVERNMENT, RegionContext.NONE);
        assertEquals(mention.replace("市场监管局", "市场监督管理局"), canonical);
    }
}
