package org.newskg.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.DateMention;
import org.newskg.extract.dates.DateRecognizer.DateReference;
import org.newskg.text.Article;

class DateRecognizerTest {

    private final DateRecognizer dates = new DateRecognizer();

    private static Article article(String text, LocalDate published, Integer yearHint) {
        return new Article("k", "f.txt", 1, "", List.of(), text, Optional.ofNullable(published),
                Optional.ofNullable(yearHint), Optional.empty(), Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // sentence | published | yearHint | surface | date | until
            "11月27日，东营区召开推进会。|2023-11-29|null|11月27日|2023-11-27|null",
            "11 月 29日，调研组到渤海镇调研。|2023-11-30|null|11 月 29日|2023-11-29|null",
            "2023年11月27日，签约仪式在高新区举行。|null|null|2023年11月27日|2023-11-27|null",
            "8月4日至5日，人才交流活动在滨州举办。|2022-08-06|null|8月4日至5日|2022-08-04|2022-08-05",
            "8月4日—5日，人才交流活动在滨州举办。|2022-08-06|null|8月4日—5日|2022-08-04|2022-08-05",
            "11月30日至12月2日，博览会在济宁举行。|2023-12-03|null|11月30日至12月2日|2023-11-30|2023-12-02",
            "12月27日下午，市政府新闻办举行发布会。|2024-12-28|null|12月27日|2024-12-27|null",
            "2025年1月2日至3日，执委会议将在德州召开。|null|null|2025年1月2日至3日|2025-01-02|2025-01-03",
            "12月27日，摄影展在纪念馆开展。|2025-01-02|null|12月27日|2024-12-27|null",
            "1月3日，年度工作会议召开。|2024-12-30|null|1月3日|2025-01-03|null",
            "12月26日，记者从区商务局获悉。|null|2024|12月26日|2024-12-26|null",
            "5月9日，座谈会召开。|null|null|5月9日|--05-09|null",
            "１１月２７日，推进会召开。|2023-11-28|null|１１月２７日|2023-11-27|null",
            "27日，区长到企业走访。|2023-11-28|null|27日|2023-11-27|null",
            "十一月二十七日，东营区召开推进会。|2023-11-29|null|十一月二十七日|2023-11-27|null",
            "二〇二三年十二月三十一日，年终盘点会召开。|null|null|二〇二三年十二月三十一日|2023-12-31|null",
            "十月十日至十二日，博览会在潍坊举办。|2024-10-13|null|十月十日至十二日|2024-10-10|2024-10-12",
            "本月27日，农机展在寿光开幕。|2024-06-03|null|本月27日|2024-06-27|null",
            "今天（10月13日），省人大常委会召开会议。|2023-10-13|null|10月13日|2023-10-13|null",
            "今天上午，全市安全生产会议召开。|2023-10-13|null|今天|2023-10-13|null",
            "昨天，柳溪大桥合龙。|2024-03-01|null|昨天|2024-02-29|null",
            "昨晚，文化节在滨河广场开幕。|2024-01-01|null|昨晚|2023-12-31|null",
            "明天，第二届茶博会将在青川开幕。|2023-10-13|null|明天|2023-10-14|null",
            "9月23日晚8时，音乐节开幕。|2023-09-25|null|9月23日|2023-09-23|null",
            "12月30日至1月2日，冰雪节在五莲举办。|2024-12-20|null|12月30日至1月2日|2024-12-30|2025-01-02",
    })
    void resolvesEveryForm(String sentence, String published, String yearHint, String surface, String date, String until) {
        Article a = article(sentence, published == null ? null : LocalDate.parse(published),
                yearHint == null ? null : Integer.valueOf(yearHint));
        List<DateMention> found = dates.recognize(a);
        assertEquals(1, found.size(), found.toString());
        DateMention d = found.get(0);
        assertEquals(surface, d.span().of(sentence));
        assertEquals(date, d.date().toXsd());
        assertEquals(until == null ? "" : until, d.until().map(PartialDate::toXsd).orElse(""));
    }

    @Test
    void theArticlesOwnFullDateIsTheReferenceWithoutPublication() {
        String text = "2025年1月2日至3日，省执委会议将在德州召开。12月27日，市政府新闻办召开新闻发布会。";
        List<DateMention> found = dates.recognize(article(text, null, 2025));
        assertEquals(2, found.size());
        assertEquals("2024-12-27", found.get(1).date().toXsd());
    }

    @Test
    void aBareDayTakesTheMonthOfTheDateBeforeIt() {
        String text = "3月8日，招商推介会在济南举行。9日，考察团到园区参观。";
        List<DateMention> found = dates.recognize(article(text, null, 2024));
        assertEquals(2, found.size());
        assertEquals("2024-03-09", found.get(1).date().toXsd());
    }

    @ParameterizedTest
    @CsvSource({"日前，市场监管局下发通知。", "近日，区里召开会议。", "近期，项目进展顺利。", "前不久，基地建成投用。",
            "今年以来，全区完成投资。", "3日内办结，5号厂房投产，第15日起执行。", "近年来，全区新建了一批公园。",
            "连日来，各地掀起秋收热潮。"})
    void vagueTimesAndCountsGiveNoDate(String sentence) {
        assertTrue(dates.recognize(sentence, DateReference.ofDate(LocalDate.of(2023, 11, 29))).isEmpty());
        assertTrue(dates.recognize(article(sentence, LocalDate.of(2023, 11, 29), null)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"今天的青川，处处生机勃勃。", "今日头条发布了一份报告。", "今年，全区新开工项目32个。"})
    void relativeWordsThatNameNoDayGiveNone(String sentence) {
        assertTrue(dates.recognize(article(sentence, LocalDate.of(2023, 11, 29), null)).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void relativeDaysNeedAPublicationDate() {
        assertTrue(dates.recognize(article("昨天，柳溪大桥合龙。", null, 2024)).isEmpty());
    }

    @ParameterizedTest(name = "{0} published {1}")
    @CsvSource(delimiter = '|', value = {
            // a web page that lost the 月 of the opening day
            "1031日，我县举行重点项目集中开工仪式。|2018-11-01|1031日|2018-10-31",
            "430上午，区委书记陪同客商考察。|2012-05-02|430|2012-04-30",
            "1229日，全县召开项目推进会。|2024-01-03|1229日|2023-12-29",
            // after the publication date, inside a sentence, or no month: a number
            "1031日，我县举行重点项目集中开工仪式。|2018-06-01|-|-",
            "门票售价为1200日元，游客络绎不绝。|2024-05-01|-|-",
            "1350日，大桥建设进入收尾阶段。|2024-05-01|-|-",
    })
    void aParagraphsOpeningDayThatLostItsMonthMark(String text, String published, String surface, String date) {
        List<DateMention> found = dates.recognize(article(text, LocalDate.parse(published), null));
        assertEquals(surface, found.stream().findFirst().map(d -> d.span().of(text)).orElse("-"), found.toString());
        assertEquals(date, found.stream().findFirst().map(d -> d.date().toXsd()).orElse("-"));
    }
}
