package org.newskg.extract.orgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.OrgMention;
import org.newskg.extract.Readings;

/** Organisations by the grammar of their names, typed, with a clean left edge. */
class OrganizationRecognizerTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("明川大学化学工程学院、省海洋渔业研究院、市青年企业家商会、市摄影家协会、滨海日报社、区人大常委会、县纪委监委的代表参加。",
                        List.of("明川大学化学工程学院:University", "省海洋渔业研究院:ResearchInstitute",
                                "市青年企业家商会:ChamberOfCommerce", "市摄影家协会:Association",
                                "滨海日报社:MediaOrganization", "区人大常委会:GovernmentBody", "县纪委监委:GovernmentBody")),
                Arguments.of("调研组来到栖霞市庄园镇北岭村，察看区住房和城乡建设局的项目。",
                        List.of("区住房和城乡建设局:GovernmentBody")),
                Arguments.of("会上，区发展和改革局与区市场监管局分别作了发言。",
                        List.of("区发展和改革局:GovernmentBody", "区市场监管局:GovernmentBody")),
                Arguments.of("近日，晨光智联（青岛）信息技术有限公司落户高新区。",
                        List.of("晨光智联（青岛）信息技术有限公司:Company")),
                Arguments.of("党员干部深入企业开展服务，构建新发展格局。", List.of()),
                // a source line or a verb before the name is the sentence, not the name
                Arguments.of("本文来源澜海传媒集团，转载请注明。", List.of("澜海传媒集团:MediaOrganization")),
                Arguments.of("参加签约的是青禾食品有限公司、联合蓝海检测技术股份有限公司等。",
                        List.of("青禾食品有限公司:Company", "联合蓝海检测技术股份有限公司:Company")),
                Arguments.of("市场监管部门联合蓝海检测技术股份有限公司开展抽检。",
                        List.of("蓝海检测技术股份有限公司:Company")),
                Arguments.of("调研组先后走访了县农业农村局和县交通运输局。",
                        List.of("县农业农村局:GovernmentBody", "县交通运输局:GovernmentBody")),
                // a task force is named by a topic with verbs and roles in it; the verb setting it up is not
                Arguments.of("考核结果报送该县机关作风大提升行动工作专班、企业满意度提升工作专班。",
                        List.of("机关作风大提升行动工作专班:GovernmentBody", "企业满意度提升工作专班:GovernmentBody")),
                Arguments.of("青川市成立了海洋经济高质量发展工作领导小组。",
                        List.of("海洋经济高质量发展工作领导小组:GovernmentBody")),
                // a topic needs a thing: 完善专班 and 成立工作专班 name no task force; 大专班 is a class
                Arguments.of("各镇街完善专班推进机制，并成立工作专班。", List.of()),
                Arguments.of("村干部学历提升大专班开班。", List.of()));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void findsAndTypesTheBodies(String sentence, List<String> expected) {
        assertEquals(expected, Readings.orgs(sentence));
    }

    @Test
    void aShortNameTheTextIntroducesIsAMentionOfTheFullName() {
        String text = "10日，岳阳湾光伏科技有限公司（以下简称“岳阳湾光伏”）与市发展和改革委员会签订协议。岳阳湾光伏将投资建设新厂房。";
        List<OrgMention> orgs = Readings.read(text).mentions().stream().filter(m -> m instanceof OrgMention)
                .map(m -> (OrgMention) m).toList();
        long shortForms = orgs.stream().filter(o -> o.span().of(text).equals("岳阳湾光伏")
                && o.name().equals("岳阳湾光伏科技有限公司") && o.kind() == OrgKind.COMPANY).count();
        assertEquals(2, shortForms);
        assertTrue(orgs.stream().anyMatch(o -> o.name().equals("市发展和改革委员会") && o.kind() == OrgKind.GOVERNMENT));
    }

    @Test
    void aShortItemListedWithCompaniesIsACompany() {
        String text = "座谈会上，远帆农机、青禾食品有限公司和北岭重工集团先后发言。";
        assertEquals(List.of("远帆农机:Company", "青禾食品有限公司:Company", "北岭重工集团:Company"), Readings.orgs(text));
    }

    static Stream<Arguments> companiesWithoutLegalEnding() {
        return Stream.of(
                Arguments.of("会上，临港精工集团、南岭恒通汽配和东海安泰财险先后发言。",
                        List.of("临港精工集团:Company", "南岭恒通汽配:Company", "东海安泰财险:Company")),
                Arguments.of("银河购物中心入选省级智慧商圈试点。", List.of("银河购物中心:Company")),
                Arguments.of("合作社提出一系列办法，以保证公司与农户共同受益。", List.of()),
                Arguments.of("青州某贸易公司在交易市场完成交易。", List.of()),
                Arguments.of("左边是东岳置业有限公司经理，他旁边的是北辰经纪策划总监。", List.of("东岳置业有限公司:Company")));
    }

    @ParameterizedTest
    @MethodSource("companiesWithoutLegalEnding")
    void companiesByTradeWordsListsAndAnonymisation(String sentence, List<String> expected) {
        assertEquals(expected, Readings.orgs(sentence).stream().filter(o -> o.endsWith(":Company")).toList());
    }

    @Test
    void aListOfPlainWordsIsNoListOfCompanies() {
        String text = "座谈会上，科研、生产和销售等环节的负责人先后发言。";
        assertEquals(List.of(), Readings.orgs(text));
    }

    @Test
    void aCompanyOpeningALongerNameIsAlsoAMentionOfItsOwn() {
        String text = "2024年伊始，北洋重工装备股份有限公司第三生产车间开足马力。";
        List<String> names = Readings.read(text).mentions().stream().filter(m -> m instanceof OrgMention)
                .map(m -> ((OrgMention) m).name()).toList();
        assertTrue(names.contains("北洋重工装备股份有限公司"), names.toString());
    }
}
