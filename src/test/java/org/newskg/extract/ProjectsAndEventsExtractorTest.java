package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.events.EventFact;
import org.newskg.extract.events.EventType;
import org.newskg.extract.events.ParticipantRole;
import org.newskg.extract.events.Participation;
import org.newskg.extract.orgs.OrgKind;
import org.newskg.extract.projects.ProjectFact;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.text.Article;
import org.newskg.text.Span;

class ProjectsAndEventsExtractorTest {

    private static final ProjectsAndEventsExtractor EXTRACTOR = new ProjectsAndEventsExtractor();

    private static ArticleText text(String body, String headline) {
        Article a = new Article("t-01", "t.txt", 1, headline, List.of(), body, Optional.of(LocalDate.of(2023, 12, 1)),
                Optional.of(2023), Optional.empty(), Optional.empty());
        return new ArticleText(a, HanlpSegmenter.instance().segment(body));
    }

    /** Entity mentions made by hand, as the entity recognisers would give them. */
    private static final class Entities {
        final String body;
        final List<Mention> list = new ArrayList<>();

        Entities(String body) {
            this.body = body;
        }

        Entities person(String name) {
            int at = body.indexOf(name);
            list.add(new PersonMention(new Span(at, at + name.length()), name));
            return this;
        }

        Entities org(String name, OrgKind kind) {
            int at = body.indexOf(name);
            list.add(new OrgMention(new Span(at, at + name.length()), name, kind));
            return this;
        }

        Entities place(String name) {
            int at = body.indexOf(name);
            list.add(new PlaceMention(new Span(at, at + name.length()), name));
            return this;
        }
    }

    private static ProjectFact project(ProjectsAndEventsExtractor.Reading r, String name) {
        return r.projects().stream().filter(p -> p.project().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.projects().stream().map(p -> p.project().name()).toList()));
    }

    @Test
    void projectInvestmentIsKeptApartFromRevenue() {
        String body = "在博兴县，鑫川新型包装材料项目总投资约18亿元，达产后年可实现销售收入25亿元、利税3亿元。";
        Entities e = new Entities(body).place("博兴县");
        var r = EXTRACTOR.read(text(body, ""), e.list);
        ProjectFact p = project(r, "鑫川新型包装材料项目");
        assertEquals(0, new BigDecimal("1800000000").compareTo(p.investmentYuan()));
        assertTrue(p.investment().get().approximate());
        assertEquals("博兴县", p.place().map(PlaceMention::name).orElse(""));
        assertTrue(p.otherAmounts().stream().anyMatch(a -> a.kind() == ProjectFact.AmountKind.REVENUE
                && a.money().yuan().compareTo(new BigDecimal("2500000000")) == 0));
        assertTrue(p.otherAmounts().stream().anyMatch(a -> a.kind() == ProjectFact.AmountKind.TAX));
    }

    @Test
    void aSentencePointingBackGivesTheInvestmentToThePreviousProject() {
        String body = "走进润禾生物降解材料项目建设现场，6栋厂房已经封顶。这个项目投资4.2亿元建设，明年投产。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        ProjectFact p = project(r, "润禾生物降解材料项目");
        assertEquals(0, new BigDecimal("420000000").compareTo(p.investmentYuan()));
    }

    @Test
    void theLeftEdgeStopsAtVerbsParticlesAndCounts() {
        String body = "俯瞰海晟精密轴承项目现场，两个高端轴承项目齐头并进，该区还计划与某研究院合作建设船用低速柴油机曲轴项目。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        List<String> names = r.projects().stream().map(p -> p.project().name()).toList();
        assertTrue(names.contains("海晟精密轴承项目"), names.toString());
        assertTrue(names.contains("船用低速柴油机曲轴项目"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("高端轴承")), names.toString());
    }

    @Test
    void genericPhrasesAreNoProjects() {
        String body = "今年以来，全区成功申报12个省级重点项目，该项目进展顺利，3个市级标准化试点项目获批立项，省级重点项目加快推进。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        assertTrue(r.projects().isEmpty(), r.projects().toString());
    }

    @Test
    void centresAndBasesCountOnlyWhenBuilt() {
        String body = "双方将共建鲁北智能装备研发中心，同时依托县政务服务中心开展帮办服务。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        List<String> names = r.projects().stream().map(p -> p.project().name()).toList();
        assertTrue(names.contains("鲁北智能装备研发中心"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("政务服务中心")), names.toString());
    }

    @Test
    void itemsOfAListClosedByDengXiangMuAreProjects() {
        String body = "目前，沾化港疏港公路、北海新区污水处理厂提标改造和滨城客运枢纽改造提升等项目已开工。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        List<String> names = r.projects().stream().map(p -> p.project().name()).toList();
        assertTrue(names.containsAll(List.of("沾化港疏港公路", "北海新区污水处理厂提标改造", "滨城客运枢纽改造提升")), names.toString());
    }

    @Test
    void aQuotedNameBeforeXiangMuOrLiXiangIsAProject() {
        String body = "近日，“寿光蔬菜种业数字化育种”项目和“潍坊高端铸件绿色工厂标准化试点”成功获批立项。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        List<String> names = r.projects().stream().map(p -> p.project().name()).toList();
        assertTrue(names.contains("寿光蔬菜种业数字化育种项目"), names.toString());
        assertTrue(names.contains("潍坊高端铸件绿色工厂标准化试点"), names.toString());
    }

    @Test
    void anInspectionWithItsLeaderAndTheNextSentencesAttendees() {
        String body = "本报讯（记者 于晓萌）11月28日，省发展改革委副主任韩立新带队到我区沙河街道调研民营经济发展工作。"
                + "区领导宗文博、雷鸣参加。\n调研组一行听取了工作汇报。";
        Entities e = new Entities(body).person("于晓萌").person("韩立新").person("宗文博").person("雷鸣")
                .org("省发展改革委", OrgKind.GOVERNMENT).place("沙河街道");
        var r = EXTRACTOR.read(text(body, "省发展改革委到沙河街道调研民营经济发展工作"), e.list);
        EventFact ev = r.events().get(0);
        assertEquals(EventType.INSPECTION, ev.type());
        assertEquals("2023-11-28", ev.date().get().date().toXsd());
        assertEquals("省发展改革委到沙河街道调研民营经济发展工作", ev.label());
        assertEquals("沙河街道", ev.place().get().name());
        assertTrue(ev.participants().contains(new Participation(e.list.get(1), ParticipantRole.LEADER)), ev.participants().toString());
        assertTrue(ev.participants().contains(new Participation(e.list.get(2), ParticipantRole.ATTENDEE)));
        assertTrue(ev.participants().contains(new Participation(e.list.get(3), ParticipantRole.ATTENDEE)));
        assertTrue(ev.participants().stream().noneMatch(p -> p.who() == e.list.get(0)), "the reporter takes no part");
        assertEquals(1, r.events().size(), r.events().toString());
    }

    @Test
    void aMeetingWithItsChairAndSpeaker() {
        String body = "11月20日，高新区召开经济运行分析会议。区党工委书记孟庆海主持会议并讲话。";
        Entities e = new Entities(body).person("孟庆海").place("高新区");
        var r = EXTRACTOR.read(text(body, ""), e.list);
        EventFact ev = r.events().get(0);
        assertEquals(EventType.MEETING, ev.type());
        assertEquals("高新区召开经济运行分析会议", ev.label());
        List<ParticipantRole> roles = ev.participants().stream().map(Participation::role).toList();
        assertEquals(List.of(ParticipantRole.CHAIR, ParticipantRole.SPEAKER), roles);
    }

    @Test
    void aSigningNamesBothSidesAndAListingIsAnAward() {
        String body = "11月22日，鲁信能源投资有限公司与青岛海联数控科技有限公司签订战略合作协议。"
                + "日前，省工业和信息化厅公布专精特新企业名单，金诺机械有限公司入选。";
        Entities e = new Entities(body).org("鲁信能源投资有限公司", OrgKind.COMPANY)
                .org("青岛海联数控科技有限公司", OrgKind.COMPANY).org("省工业和信息化厅", OrgKind.GOVERNMENT)
                .org("金诺机械有限公司", OrgKind.COMPANY);
        var r = EXTRACTOR.read(text(body, ""), e.list);
        assertEquals(2, r.events().size(), r.events().toString());
        EventFact signing = r.events().get(0);
        assertEquals(EventType.SIGNING, signing.type());
        assertEquals(2, signing.organizations().size());
        EventFact award = r.events().get(1);
        assertEquals(EventType.AWARD, award.type());
        assertTrue(award.date().isEmpty(), "日前 names no day");
        assertEquals(2, award.organizations().size());
    }

    @Test
    void ceremoniesAndTheStudiedLeaderIsNoParticipant() {
        String body = "12月5日，临沂综合保税区揭牌仪式举行。会议传达学习了习近平总书记重要讲话精神。";
        Entities e = new Entities(body).person("习近平");
        var r = EXTRACTOR.read(text(body, ""), e.list);
        assertEquals(EventType.CEREMONY, r.events().get(0).type());
        assertTrue(r.events().stream().allMatch(ev -> ev.participants().isEmpty()));
    }

    @Test
    void mentionsHoldDatesMoneyAndProjects() {
        String body = "12月1日，投资2.5亿元的华岳冷链物流项目开工。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        assertTrue(r.mentions().stream().anyMatch(m -> m instanceof DateMention));
        assertTrue(r.mentions().stream().anyMatch(m -> m instanceof MoneyMention));
        assertTrue(r.mentions().stream().anyMatch(m -> m instanceof ProjectMention p && p.name().equals("华岳冷链物流项目")));
        assertEquals(0, new BigDecimal("250000000").compareTo(project(r, "华岳冷链物流项目").investmentYuan()));
    }

    @Test
    void dutiesPlansAndTimesTellNoEvent() {
        String body = "各部门要加强调研督导，谋划成立数字产业联盟。签约后，企业代表表示满意。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        assertTrue(r.events().isEmpty(), r.events().toString());
    }

    @Test
    void everyCutOfAnArticleIsReadWithoutFailing() {
        String body = "本报讯（记者 于晓萌）11月28日至12月1日，“鲁北智能装备研发中心”项目在沙河街道开工，总投资约3.5亿元。"
                + "区领导宗文博、雷鸣参加。\n这个项目投资1200余万元，27日，双方签订协议。１２月３日，“";
        for (int end = 0; end <= body.length(); end++) {
            String cut = body.substring(0, end);
            Entities e = new Entities(cut);
            if (cut.contains("宗文博")) {
                e.person("宗文博");
            }
            var r = EXTRACTOR.read(text(cut, "鲁北智能装备研发中心开工"), e.list);
            for (Mention m : r.mentions()) {
                assertTrue(m.span().end() <= cut.length());
            }
        }
    }

    @Test
    void twoProjectsEachKeepTheirOwnInvestmentAndListTotalsGoToNone() {
        String body = "其中，荣昌精细化工项目总投资3亿元，德隆新能源电池项目总投资5.5亿元。"
                + "此外，高青港疏港公路、桓台客运枢纽改造等项目总投资12亿元。";
        var r = EXTRACTOR.read(text(body, ""), List.of());
        assertEquals(0, new BigDecimal("300000000").compareTo(project(r, "荣昌精细化工项目").investmentYuan()));
        assertEquals(0, new BigDecimal("550000000").compareTo(project(r, "德隆新能源电池项目").investmentYuan()));
        assertEquals(null, project(r, "桓台客运枢纽改造").investmentYuan());
        assertEquals(null, project(r, "高青港疏港公路").investmentYuan());
    }

    @Test
    void reportersOfASquareByLineTakeNoPart() {
        String body = "□记 者 邵海鹏 通讯员 林 娟 报道 本报潍坊讯 12月2日，寿光市召开蔬菜产业发展推进会，副市长侯立新出席会议并讲话。";
        Entities e = new Entities(body).person("邵海鹏").person("侯立新");
        var r = EXTRACTOR.read(text(body, ""), e.list);
        EventFact ev = r.events().get(0);
        assertEquals(EventType.MEETING, ev.type());
        assertEquals("寿光市召开蔬菜产业发展推进会", ev.label());
        assertEquals(List.of("侯立新", "侯立新"), ev.participants().stream().map(p -> ((PersonMention) p.who()).name()).toList());
    }
}
