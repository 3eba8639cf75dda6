package org.newskg.extract.orgs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.Readings;

/** Bodies as web pages of any region write them: joint names, a zone's party unit, companies that are names. */
class BodiesOfAnyNewsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "该园区是聊城市委市政府重点打造的产业园。|聊城市委|聊城市政府",
        "全县上下认真落实县委、县政府部署，县委县政府主要负责同志参加。|县委|县政府",
        "中共中央国务院印发关于乡村振兴的意见。|中共中央|国务院",
    })
    void aCommitteeAndAGovernmentNamedAsOneAreTwoBodies(String text, String committee, String government) {
        List<String> orgs = Readings.orgs(text);
        assertTrue(orgs.contains(committee + ":GovernmentBody"), orgs.toString());
        assertTrue(orgs.contains(government + ":GovernmentBody"), orgs.toString());
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith(committee + government.substring(government.length() - 3))), orgs.toString());
    }

    @Test
    void aZonesPartyUnitIsItsBodyAndTheBareTitleTheRole() {
        List<String> posts = Readings.posts("临港经济开发区党工委副书记、管委会主任吕振华主持仪式。");
        assertTrue(posts.contains("吕振华|副书记|临港经济开发区党工委"), posts.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "推动智能工厂建设，打造一批灯塔工厂。|智能工厂",
        "多家航空公司加密航班，跨国公司纷纷布局。|航空公司",
        "七国集团峰会在意大利举行。|七国集团",
        "北京首批酒店开业迎客。|北京首批酒店",
        "受油价影响，多家上市航空公司亏损。|上市航空公司",
        "他们要求美国苹果公司作出回应。|要求美国苹果公司",
        "海川集团是业务横跨地产建筑、高新科技、传媒文化等领域的大型集团。|高新科技",
        "德州云帆食品暨酒店建设项目开工仪式举行。|德州云帆食品暨酒店",
        "新车型在日本静冈县一座工厂下线，中国工厂产能提升。|日本静冈县一座工厂",
        "新车型在日本静冈县一座工厂下线，中国工厂产能提升。|中国工厂",
        "事发地点距离美国福特公司总部不远。|距离美国福特公司",
        "其中包括青山湖景一号、伊诺卡科技2个10亿元以上项目。|伊诺卡科技",
        "警方捣毁一个跨国贩毒集团，境外刘家犯罪集团头目被移交。|刘家犯罪集团",
        // a descriptor of which companies, a country's firms at large, a facility, a count inside
        "深交所上市公司数量增加，涉事物流公司致歉。|深交所上市公司",
        "深交所上市公司数量增加，涉事物流公司致歉。|涉事物流公司",
        "受加息影响，法国银行纷纷收紧贷款。|法国银行",
        "当地羊绒工厂订单饱满，电机旗舰工厂投产。|羊绒工厂",
        "阿曼一家化肥工厂发生爆炸。|阿曼一家化肥工厂",
        "欧洲最大廉价航空公司宣布裁员。|欧洲最大廉价航空公司",
        "瑞士第二大银行集团被收购，央企集团加大投入。|瑞士第二大银行集团",
        "瑞士第二大银行集团被收购，央企集团加大投入。|央企集团",
    })
    void commonNounsWithACompanysEndingAreNoCompanies(String text, String notACompany) {
        assertFalse(Readings.orgs(text).contains(notACompany + ":Company"), Readings.orgs(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "魏氏熏鸡、正信味业、万家烧鸡等25家企业获评老字号。|正信味业",
        "临沂远帆汽配和金马工业集团先后发言。|金马工业集团",
        "荣成农商行发放贷款三亿元。|荣成农商行",
        "去年以来，云帆易购、唐人神、未来集团等一大批企业和项目落户本县。|唐人神",
        "去年以来，云帆易购、唐人神、未来集团等一大批企业和项目落户本县。|未来集团",
        "中国银行与英国石油公司签署协议。|中国银行",
        "华为科技公司发布新品。|华为科技公司",
        "在百济神州（北京）生物科技有限公司，代表团了解新药研发情况。|百济神州（北京）生物科技有限公司",
        "中国银行与英国石油公司签署协议。|英国石油公司",
    })
    void namedCompaniesWithoutALegalFormStay(String text, String company) {
        assertTrue(Readings.orgs(text).contains(company + ":Company"), Readings.orgs(text).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "会见前，石泰峰和中央组织部有关负责同志进行了交流。|中央组织部|石泰峰和",
        "张锦梅和宁夏吴忠仪表有限责任公司党委书记一同出席。|宁夏吴忠仪表有限责任公司|张锦梅",
    })
    void aBodyGluedToThePersonBeforeItStartsAfterThePerson(String text, String body, String notInTheBody) {
        List<String> orgs = Readings.orgs(text);
        assertTrue(orgs.stream().anyMatch(o -> o.startsWith(body)), orgs.toString());
        assertTrue(orgs.stream().noneMatch(o -> o.contains(notInTheBody)), orgs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "国务院新闻办公室今天举行新闻发布会。|国务院新闻办公室",
        "交通运输部海事局发布航行警告。|交通运输部",
    })
    void aCentralBodyKeepsItsFirstCharacters(String text, String body) {
        List<String> orgs = Readings.orgs(text);
        assertTrue(orgs.stream().anyMatch(o -> o.startsWith(body)), orgs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "会议审议通过了第二十四次常委会工作报告。|第二十四次常委会",
        "工作人员在湖北宜昌龙潭溪取水口处检查水质。|取水口处",
        "袭击摧毁了对方的武器库和指挥部。|武器库和指挥部",
        "黎巴嫩武装部队当天发表声明，美军特种部队和多国部队撤离。|部",
        "南京市率队侦办此案，一处海军基地遭袭，代表团参观了爱尔兰国家音乐厅。|队",
        "南京市率队侦办此案，一处海军基地遭袭，代表团参观了爱尔兰国家音乐厅。|海军",
        "南京市率队侦办此案，一处海军基地遭袭，代表团参观了爱尔兰国家音乐厅。|音乐厅",
        "该战区第三部与空降兵某部联合演练，黄淮大部地区降雨。|第三部",
        "该战区第三部与空降兵某部联合演练，黄淮大部地区降雨。|某部",
        "该战区第三部与空降兵某部联合演练，黄淮大部地区降雨。|大部",
        "北约称，罗马尼亚两架空军战机升空拦截。|两架空军",
        "无人机袭击了港口的船只修理厂和俄黑海舰队。|船只修理厂",
        // a place word ending as a body does, each of many, a character glued to a level, a counted class
        "登山队员翻过山海关，走进燕山深处。|山海关",
        "南京市各社区卫生服务中心延长服务时间。|各社区",
        "怎样才能当好县委书记？|县委",
        "成渝地区3个区域科创中心加快建设。|区域科创中心",
        "古巴共产党与政府发表声明。|共产党与政府",
        "中国-新西兰海关签署合作文件。|新西兰海关",
        "嘉兴市县党委书记座谈会召开。|市县党委",
        "俄军五支舰队举行演习。|五支舰队",
        "推进新型陆军建设。|新型陆军",
        "湖北省市纪委联合督查，法国前政府官员和属地海关人员到场。|省市纪委",
        "湖北省市纪委联合督查，法国前政府官员和属地海关人员到场。|前政府",
        "湖北省市纪委联合督查，法国前政府官员和属地海关人员到场。|属地海关",
        "他谈到总书记对人民政协工作的要求。|总书记对人民政协",
    })
    void aSessionASpotOrTwoThingsJoinedAreNoBody(String text, String notABody) {
        List<String> orgs = Readings.orgs(text);
        assertTrue(orgs.stream().noneMatch(o -> o.contains(notABody)), orgs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the first part of a longer word, a former post's 前, one of a kind counted
        "西非政府间经济组织昨日发表声明。|西非政府",
        "智利前海军司令罗哈斯已被拘留。|前海军",
        "得克萨斯州一名联邦法官驳回诉讼。|一名联邦",
        // a bid, a venue's hall, descriptors and levels at large
        "杭州申办亚运会之前，场馆条件有限。|杭州申办",
        "在国际会展中心金色厅，代表们交流发言。|金色厅",
        "他对新时代办公厅工作提出要求。|新时代办公厅",
        "江苏、四川等省区党委组织部负责同志发言。|省区党委",
        "当地建立跨部门工作专班推进落实。|跨部门工作专班",
        "当地街道党群服务中心全天开放。|街道党群服务中心",
        "他来到滨江社区卫生服务中心了解情况。|社区卫生服务中心",
        "战区海军出动多艘舰艇开展演练。|战区海军",
        // words HanLP's recogniser glued to a body: a verb, a person and 就, a count, a clause across a semicolon
        "要进一步净化人民政协政治生态。|净化",
        "阿木尔就政协章程修改作了说明。|阿木尔",
        "二十多部涉及青年发展的法律出台。|多部",
        "舰艇部队经过复杂电磁环境训练；空军开展对抗。|训练",
        // a verb of the story or of a career before a body, a clause's 同, a count of streets, a junction, a way of working
        "委员会建议司法部提起诉讼。|建议司法部",
        "他先任研究所所长，后任党委书记。|后任党委",
        "中方愿加强同斐济等岛国的合作。|同斐济",
        "城区的30多个街道开展服务。|多个街道",
        "柳村属于城乡结合部，环境杂乱。|结合部",
        "青川市实施服务专班制度，优化营商环境。|专班",
        // venues, states, a newly elected member
        "傍晚，青川市柳溪镇体育中心里人头攒动。|体育中心",
        "泰王国国王表示，两国守望相助。|泰王国",
        "青川市新进中央委员会的委员发言。|新进",
        // a count of units or words ending like one, a state's bare 部, a branch naming a base, a field's centre read as a level's
        "全国新办企业数量增长。|全国新办",
        "拖拉机后部装有播种设备。|后部",
        "葡萄牙部长理事会开会。|葡萄牙部",
        "乌代德空军基地遭到袭击。|空军",
        "统筹推进国际科技创新中心、区域科技创新中心建设。|区域科技创新中心",
        // a province and a place word are a place (辽宁/山海关), not a customs office
        "河北山海关和安徽寿县古城迎来游客。|山海关",
    })
    void aWordPartABidAVenueOrAKindIsNoBody(String text, String notABody) {
        List<String> orgs = Readings.orgs(text);
        assertTrue(orgs.stream().noneMatch(o -> o.contains(notABody) && o.endsWith(":GovernmentBody")), orgs.toString());
    }

    @Test
    void aBodyHanLPGluedIntoOneWordKeepsItsOwnWords() {
        assertTrue(Readings.orgs("项目落户胶北街道办事处。").contains("胶北街道办事处:GovernmentBody"), Readings.orgs("项目落户胶北街道办事处。").toString());
        assertTrue(Readings.orgs("各区县委书记、经开区工委书记出席。").contains("经开区工委:GovernmentBody"),
                Readings.orgs("各区县委书记、经开区工委书记出席。").toString());
    }

    @Test
    void aNewGovernmentIsTheStatesGovernmentAndTheNationsCongressNoPlaces() {
        List<String> orgs = Readings.orgs("斯洛伐克新一届政府宣誓就职。");
        assertTrue(orgs.contains("斯洛伐克政府:GovernmentBody"), orgs.toString());
        List<String> deputies = Readings.orgs("澳门全国人民代表大会代表何先生发言。");
        assertTrue(deputies.stream().noneMatch(o -> o.startsWith("澳门全国")), deputies.toString());
    }

    @Test
    void aCountOfMembersOrOfSessionsIsNoPartOfTheBody() {
        assertTrue(Readings.orgs("九位全国政协委员走上委员通道。").contains("全国政协:GovernmentBody"), Readings.orgs("九位全国政协委员走上委员通道。").toString());
        assertTrue(Readings.orgs("历届全国政协都重视提案工作。").contains("全国政协:GovernmentBody"), Readings.orgs("历届全国政协都重视提案工作。").toString());
    }

    @Test
    void intergovernmentalBodiesAndGamesCommitteesAreOrganisations() {
        List<String> orgs = Readings.orgs("保护非物质文化遗产政府间委员会开会，米兰冬奥会组委会发布消息。");
        assertTrue(orgs.stream().noneMatch(o -> o.endsWith(":GovernmentBody")), orgs.toString());
    }

    @Test
    void anInternationalBodyIsAnOrganisationOfItsMembers() {
        List<String> orgs = Readings.orgs("国际灌溉排水委员会第九届大会在西安开幕。");
        assertTrue(orgs.contains("国际灌溉排水委员会:Organization"), orgs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "炼油厂运营商巴赞集团宣布停产。|巴赞集团",
        "美国私营机构凯撒医疗集团和零售巨头沃尔玛公司也参与其中。|凯撒医疗集团",
        "美国私营机构凯撒医疗集团和零售巨头沃尔玛公司也参与其中。|沃尔玛公司",
    })
    void aCompanysNameStartsAfterTheWordsDescribingIt(String text, String company) {
        List<String> orgs = Readings.orgs(text);
        assertTrue(orgs.contains(company + ":Company"), orgs.toString());
        assertTrue(orgs.stream().noneMatch(o -> o.endsWith(company + ":Company") && !o.equals(company + ":Company")), orgs.toString());
    }

    @Test
    void aCompanysPartyOrganIsAnOrganisationNotABodyOfTheState() {
        List<String> orgs = Readings.orgs("青川化工集团党组召开会议，青川钢铁有限公司党委书记出席。");
        assertTrue(orgs.contains("青川化工集团党组:Organization") && orgs.contains("青川钢铁有限公司党委:Organization"), orgs.toString());
    }

    @Test
    void aStateFirmsBureauIsACompany() {
        List<String> orgs = Readings.orgs("中铁十四局和中建八局承建，中国民用航空局验收。");
        assertTrue(orgs.contains("中铁十四局:Company") && orgs.contains("中建八局:Company")
                && orgs.contains("中国民用航空局:GovernmentBody"), orgs.toString());
    }

    @Test
    void aVerbOfTheStoryInsideABodysNameLeavesWhatFollowsIt() {
        List<String> orgs = Readings.orgs("巴勒斯坦要求美国政府立即停止行动。");
        assertTrue(orgs.contains("美国政府:GovernmentBody") && orgs.stream().noneMatch(o -> o.contains("要求")), orgs.toString());
    }

    @Test
    void aClausesCharacterHanLPGluedToABodyOfTheStateIsNoPartOfIt() {
        assertTrue(Readings.orgs("委员们作全国政协常委会工作报告。").contains("全国政协常委会:GovernmentBody"),
                Readings.orgs("委员们作全国政协常委会工作报告。").toString());
    }

    @Test
    void aMinistryOfTwoFieldsIsOneBody() {
        List<String> orgs = Readings.orgs("聊城市自然资源和规划局发布公告。");
        assertTrue(orgs.contains("聊城市自然资源和规划局:GovernmentBody"), orgs.toString());
    }

    @Test
    void aGroupInBracketsIsTheGroupsNameAndHoldsItsPosts() {
        String text = "区长会见了海川钢铁（集团）党委书记、董事长周明远一行。";
        assertTrue(Readings.orgs(text).contains("海川钢铁集团:Company"), Readings.orgs(text).toString());
        List<String> posts = Readings.posts(text);
        assertTrue(posts.contains("周明远|董事长|海川钢铁集团"), posts.toString());
    }

    @Test
    void aNameWhoseFirstCharactersWentToTheWordBeforeStartsWithItsState() {
        // HanLP reads 以/色列航空…: the state the name starts with is read back
        List<String> orgs = Readings.orgs("以色列航空航天工业公司发布声明。");
        assertTrue(orgs.contains("以色列航空航天工业公司:Company"), orgs.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "会议要求美国防部尽快作出解释。|要求美国防部",
        "各方用好合作委员会机制，推动交流。|用好合作委员会",
        "双方要用好政府间合作委员会机制。|用好政府间合作委员会",
        "井冈山市开新局，再创新佳绩。|井冈山市开新局",
    })
    void aBodyStartsWhereANameCanStart(String text, String notABody) {
        List<String> orgs = Readings.orgs(text);
        assertFalse(orgs.contains(notABody + ":GovernmentBody"), orgs.toString());
        assertTrue(Readings.posts(text).stream().noneMatch(p -> p.endsWith("|" + notABody)), Readings.posts(text).toString());
    }

    @Test
    void aZoneHanLPCutsApartStillStartsABody() {
        List<String> posts = Readings.posts("其他依然沿用。\n  经开区科技创新局副局长崔立新介绍，");
        assertTrue(posts.stream().anyMatch(p -> p.startsWith("崔立新|副局长|") && p.endsWith("经开区科技创新局")), posts.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "临沂市不动产登记中心开展延时服务。|临沂市不动产登记中心|GovernmentBody",
        "上海国际能源交易中心发布原油期货合约。|上海国际能源交易中心|Organization",
        "中国人民银行宣布下调存款准备金率。|中国人民银行|GovernmentBody",
    })
    void aCentreIsABodyOnlyOfAChinesePlace(String text, String centre, String kind) {
        List<String> orgs = Readings.orgs(text);
        assertTrue(orgs.contains(centre + ":" + kind), orgs.toString());
    }
}
