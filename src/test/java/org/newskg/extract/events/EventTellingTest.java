package org.newskg.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.ArticleText;
import org.newskg.extract.ProjectsAndEventsExtractor;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.text.Article;

/** Which sentences tell an event, and of what type: "-" where none is told. Published 2024-05-10. */
class EventTellingTest {

    private static final ProjectsAndEventsExtractor EXTRACTOR = new ProjectsAndEventsExtractor();

    static String events(String body) {
        Article a = new Article("t-01", "t.txt", 1, "", List.of(), body, Optional.of(LocalDate.of(2024, 5, 10)),
                Optional.of(2024), Optional.empty(), Optional.empty());
        var r = EXTRACTOR.read(new ArticleText(a, HanlpSegmenter.instance().segment(body)), List.of());
        String s = r.events().stream().map(e -> e.type().name() + "@" + e.date().map(d -> d.date().toXsd()).orElse(""))
                .collect(Collectors.joining(" "));
        return s.isEmpty() ? "-" : s;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // events told
            "5月8日，青川县召开乡村振兴推进会。|MEETING@2024-05-08",
            "5月9日下午，省长在港城会见来访的荷兰经贸代表团。|MEETING@2024-05-09",
            "5月9日，柳溪新材料产业园正式开工。|CEREMONY@2024-05-09",
            "“智汇柳溪”人才驿站揭牌仪式5月9日在柳溪镇举行。|CEREMONY@2024-05-09",
            "2024年6月2日至3日，全省商会工作会议将在柳溪召开。|MEETING@2024-06-02",
            "在8日召开的全市文旅工作座谈会上，市长作了部署。|MEETING@2024-05-08",
            // reported speech and stances
            "5月9日，区长表示，今年将推动数字产业园开工。|-",
            "5月9日，代表团团长祝贺青川成功举办茶博会开幕式。|-",
            "他说：“我们去年就在这里成立了合作社。”|-",
            // background and history
            "2019年，两地签订友好合作协议，此后往来不断。|-",
            "早在上世纪九十年代，这家企业就已成立。|-",
            "如今，每个乡镇都成立了志愿服务队。|-",
            "5月9日，柳溪镇庆祝建镇成立30周年。|-",
            // plans and futures without a day
            "下一步，园区将启动二期建设。|-",
            "展会期间将推出一批新产品。|-",
            // statistics
            "截至5月9日，全区已有38个项目集中签约。|-",
            "今年1—4月，全市新开工项目56个。|-",
            "5月9日，开发区举办了16场专题论坛。|-",
            "自5月1日景区启动夜游以来，已接待游客8万人次。|-",
            "今天达成的协议内容包括减免关税。|-",
            // campaigns and series
            "5月9日，全市各部队开展形式多样的主题党日活动。|-",
            "5月9日，各地举办“中国旅游日”活动。|-",
            "部分法国民众5日在巴黎、里昂等多地举行抗议活动。|-",
            "湖北、四川分别举行专题新闻发布会。|-",
            "“亚洲文明对话”系列活动今年陆续在泰国、越南举行专场活动。|-",
            "全省各级工会扎实开展送温暖活动。|-",
            "各市开展各具特色的读书节活动。|-",
            "国庆假期共举办约2.1万场次群众文化活动。|-",
            "葡萄牙、希腊等地举行反战活动。|-",
            "本届文化节开展多项特色活动。|-",
            "我驻多国使馆举办多彩活动庆祝春节。|-",
            "5月9日，市妇联部署开展关爱服务活动。|-",
            // notices of programmes and editorials
            "明天（5月11日）出版的《青川日报》将发表社论，题目是《奋力开创乡村振兴新局面》。|-",
            "电视专题片《柳溪新貌》今晚（5月10日）在市台综合频道播出。|-",
            // the reporter's source
            "记者从今天（5月10日）举行的新闻发布会上了解到，全市新增就业岗位1.2万个。|-",
            // onlookers, attributes, generic words
            "前来参观的游客络绎不绝。|-",
            "5月9日，举行自行车比赛的滨河公园迎来大批市民。|-",
            "他和村两委发动村民成立了合作社。|-",
            "在会见代表团时，省长介绍了青川的发展情况。|-",
            // a campaign set going, a series, many places, more of them
            "5月9日，市团委在全市中学开展防溺水宣讲活动。|-",
            "5月9日，球队开展场地适应训练。|-",
            "5月9日，各省举办“乡村振兴这五年”系列主题新闻发布会。|-",
            "5月9日，调研组赴十余个地市开展蹲点调研。|-",
            "两国将在友好年框架下举办更多人文交流活动。|-",
            // settings, figures and measures told with a trigger word
            "市长在考察中为当地茶产业发展指明了方向。|-",
            "委员会负责同志介绍专题调研情况。|-",
            "5月9日，应急管理厅针对沿江五市启动防汛四级应急响应。|-",
            // unnamed, wished for, a programme
            "5月9日，一场春节联欢活动在这里举行。|-",
            "双方同意多举办体现各国特色的人文活动。|-",
            "5月9日，由市台制作的专题片《青川》举行首映。|-",
            // many times or places, a tally, a stance after the event's words, a share of places
            "5月9日，多地民众也多次举行反战集会。|-",
            "5月9日，海军在15个城市同步举行舰艇开放活动。|-",
            "展会期间举办百余场配套活动。|-",
            "各国代表对活动的举办表示祝贺。|-",
            "全省60%的县城都举办了读书活动。|-",
            // an event named again is the one told before
            "5月9日，青川茶博会开幕式在柳溪镇举行，本次活动持续三天。|CEREMONY@2024-05-09",
    })
    void tellsOnlyEventsThatTookPlace(String body, String expected) {
        assertEquals(expected, events(body));
    }
}
