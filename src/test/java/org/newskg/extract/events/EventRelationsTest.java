package org.newskg.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.ArticleText;
import org.newskg.extract.DateMention;
import org.newskg.extract.Mention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PersonMention;
import org.newskg.extract.PlaceMention;
import org.newskg.extract.ProjectsAndEventsExtractor;
import org.newskg.extract.dates.PartialDate;
import org.newskg.extract.orgs.OrgKind;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.text.Article;
import org.newskg.text.Span;

/** How an event is related to its place, its date, its people and its organisations; sentences of this genre. */
class EventRelationsTest {

    private static final ProjectsAndEventsExtractor EXTRACTOR = new ProjectsAndEventsExtractor();

    private static List<EventFact> events(String body, List<Mention> entities) {
        Article a = new Article("t-01", "t.txt", 1, "", List.of(), body, Optional.of(LocalDate.of(2024, 5, 10)),
                Optional.of(2024), Optional.empty(), Optional.empty());
        return EXTRACTOR.read(new ArticleText(a, HanlpSegmenter.instance().segment(body)), entities).events();
    }

    private static List<Mention> persons(String body, String... names) {
        List<Mention> out = new ArrayList<>();
        for (String n : names) {
            int at = body.indexOf(n);
            out.add(new PersonMention(new Span(at, at + n.length()), n));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "5月9日，全省文旅推介会在青川国际会展中心举行。|青川国际会展中心",
            "9日上午，省长在迎宾馆会见荷兰经贸代表团。|迎宾馆",
            "5月9日，全国茶产业发展论坛在京开幕。|北京",
            "5月9日，柳溪镇召开安全生产工作会议。|-",
    })
    void theVenueOfAnEvent(String body, String place) {
        List<EventFact> ev = events(body, List.of());
        assertEquals(1, ev.size(), ev.toString());
        assertEquals(place, ev.get(0).place().map(PlaceMention::name).orElse("-"));
    }

    @Test
    void aSentenceTellingASigningAndAnUnveilingGivesTwoEvents() {
        String body = "5月9日，青川发展集团与柳溪数据科技有限公司签订战略合作协议，并为算力中心青川分中心揭牌。";
        List<Mention> orgs = new ArrayList<>();
        for (String n : List.of("青川发展集团", "柳溪数据科技有限公司")) {
            int at = body.indexOf(n);
            orgs.add(new OrgMention(new Span(at, at + n.length()), n, OrgKind.COMPANY));
        }
        List<EventFact> ev = events(body, orgs);
        assertEquals("SIGNING@2024-05-09 CEREMONY@2024-05-09", ev.stream()
                .map(e -> e.type() + "@" + e.date().map(d -> d.date().toXsd()).orElse("")).collect(Collectors.joining(" ")));
        assertEquals(List.of("青川发展集团", "柳溪数据科技有限公司"),
                ev.get(0).organizations().stream().map(OrgMention::name).toList(), "both parties of the signing");
        assertEquals("为算力中心青川分中心揭牌", ev.get(1).label());
    }

    @Test
    void aSentenceThatOnlyAddsWhoTookPartJoinsTheEventBefore() {
        String body = "5月9日，省长任海川在迎宾馆会见荷兰经贸代表团。\n副省长罗晓岚、秘书长孟凡舟参加会见。";
        List<EventFact> ev = events(body, persons(body, "任海川", "罗晓岚", "孟凡舟"));
        assertEquals(1, ev.size(), ev.toString());
        List<String> who = ev.get(0).participants().stream().map(p -> ((PersonMention) p.who()).name() + ":" + p.role()).toList();
        assertTrue(who.containsAll(List.of("罗晓岚:ATTENDEE", "孟凡舟:ATTENDEE")), who.toString());
    }

    @Test
    void aReportOfOneDayDatesWhatItsPeopleDidThatDay() {
        String body = "柳溪网青川5月10日讯 5月9日，全市重点项目集中开工。\n"
                + "活动中，韩立东会见客商代表。柏松还到柳溪新材料产业园调研。上月，蔺嘉禾到柳溪镇调研。";
        List<EventFact> ev = events(body, persons(body, "韩立东", "柏松", "蔺嘉禾"));
        assertEquals("CEREMONY@2024-05-09 MEETING@2024-05-09 INSPECTION@2024-05-09", ev.stream()
                .filter(e -> e.date().isPresent())
                .map(e -> e.type() + "@" + e.date().map(d -> d.date().toXsd()).orElse("")).collect(Collectors.joining(" ")));
        assertTrue(ev.stream().noneMatch(e -> e.label().contains("蔺嘉禾") && e.date().isPresent()), "another time: " + ev);
    }

    @Test
    void aReportNamingAnotherDayDatesNoUndatedEvent() {
        String body = "5月9日，全市重点项目集中开工。韩立东到柳溪新材料产业园调研。5月6日，柳溪召开推进会。";
        List<EventFact> ev = events(body, persons(body, "韩立东"));
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.INSPECTION && e.date().isEmpty()), ev.toString());
    }

    @Test
    void aHeadlineOfACampaignTitlesNoEvent() {
        Article a = new Article("t-01", "t.txt", 1, "海军在多地举行活动 舰艇向公众开放", List.of(),
                "5月9日，海军在青川军港举行舰艇开放活动。", Optional.of(LocalDate.of(2024, 5, 10)), Optional.of(2024),
                Optional.empty(), Optional.empty());
        List<EventFact> ev = EXTRACTOR.read(new ArticleText(a, HanlpSegmenter.instance().segment(a.text())), List.of()).events();
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).label().contains("青川军港"), ev.get(0).label());
    }

    @Test
    void aRangeGivesTheEventItsLastDay() {
        List<EventFact> ev = events("5月8日至9日，全市科技工作会议在柳溪召开。", List.of());
        assertEquals("2024-05-09", ev.get(0).date().flatMap(DateMention::until).map(PartialDate::toXsd).orElse(""));
    }

    @Test
    void aDateInAnotherClauseAfterTheTriggerIsNotTheEventsDate() {
        List<EventFact> ev = events("三地分别启动了联合调查，据当地媒体9日报道，调查尚无结论。", List.of());
        assertTrue(ev.stream().allMatch(e -> e.date().isEmpty()), ev.toString());
    }

    @Test
    void aWebPageListsWhoTookPartInTheParagraphsAfterTheEvent() {
        String body = "3月8日上午，青川市春季重点项目集中开工仪式在青川高新区举行。\n"
                + "青川市委书记韩立东，市委副书记、市长柏松，市人大常委会主任窦一鸣，市政协主席程小满，市委常委、秘书长侯一帆，"
                + "各区县委书记，市直有关部门主要负责同志参加活动。仪式由苗雨桐主持。\n"
                + "仪式上，韩立东宣布项目开工。\n"
                + "据了解，本次集中开工项目涵盖先进制造、现代物流等领域。蔺嘉禾出席了另一场活动。";
        List<EventFact> ev = events(body, persons(body, "韩立东", "柏松", "窦一鸣", "程小满", "侯一帆", "苗雨桐", "蔺嘉禾"));
        EventFact opening = ev.get(0);
        assertEquals("2024-03-08", opening.date().map(d -> d.date().toXsd()).orElse("-"));
        assertEquals(List.of("韩立东", "柏松", "窦一鸣", "程小满", "侯一帆", "苗雨桐"),
                opening.participants().stream().map(p -> ((PersonMention) p.who()).name()).distinct().toList());
    }

    @Test
    void laterUndatedMentionsOfTheEventAddTheirPeopleToIt() {
        String body = "青川新闻网讯（青川日报社记者 宁晓）3月8日上午，我市举行春季重点项目开工仪式，贯彻落实省委、省政府工作要求。"
                + "全市共有60个重点项目开工建设，总投资320亿元。\n"
                + "重点项目开工仪式的主会场设在青川高新区。市委书记韩立东，市长柏松出席主会场活动。\n"
                + "近日，蔺嘉禾到柳溪镇调研工业项目。";
        List<Mention> entities = new ArrayList<>(persons(body, "韩立东", "柏松", "蔺嘉禾"));
        for (String n : List.of("青川日报社", "省委", "省政府")) {
            int at = body.indexOf(n);
            entities.add(new OrgMention(new Span(at, at + n.length()), n, OrgKind.GOVERNMENT));
        }
        List<EventFact> ev = events(body, entities);
        List<EventFact> dated = ev.stream().filter(e -> e.date().isPresent()).toList();
        assertEquals(1, dated.size(), ev.toString());
        EventFact opening = dated.get(0);
        assertEquals(List.of("韩立东", "柏松"), opening.participants().stream().map(p -> ((PersonMention) p.who()).name()).distinct().toList());
        // the credit's outlet reports the event, and the bodies whose requirements it carries out are not there
        assertEquals(List.of(), opening.organizations().stream().map(OrgMention::name).toList());
        assertTrue(ev.stream().anyMatch(e -> e.date().isEmpty() && e.participants().stream()
                .anyMatch(p -> ((PersonMention) p.who()).name().equals("蔺嘉禾"))), ev.toString());
    }
}
