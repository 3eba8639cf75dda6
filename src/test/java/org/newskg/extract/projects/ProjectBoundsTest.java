package org.newskg.extract.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.ArticleText;
import org.newskg.extract.ProjectsAndEventsExtractor;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.text.Article;

/** Which names of a sentence are projects ("-" for none), on sentences of this genre made for the test. */
class ProjectBoundsTest {

    private static final ProjectsAndEventsExtractor EXTRACTOR = new ProjectsAndEventsExtractor();

    static String projects(String body) {
        Article a = new Article("t-01", "t.txt", 1, "", List.of(), body, Optional.of(LocalDate.of(2024, 5, 10)),
                Optional.of(2024), Optional.empty(), Optional.empty());
        var r = EXTRACTOR.read(new ArticleText(a, HanlpSegmenter.instance().segment(body)), List.of());
        List<String> names = r.projects().stream().map(p -> p.project().name()).sorted().toList();
        return names.isEmpty() ? "-" : String.join(" ", names);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // list items of projects being built stay projects
            "目前，柳溪港疏港铁路、青川站客运设施改造等项目已开工。|柳溪港疏港铁路 青川站客运设施改造",
            // games, crafts, fields and totals are not
            "本届运动会的射箭、门球、龙舟等项目共产生金牌12枚。|-",
            "景区引入剪纸、扎染、皮影等体验项目，游客络绎不绝。|-",
            "全市累计实施道路硬化、饮水改造、危房修缮等项目320多个。|-",
            "柳溪镇围绕智能传感、新型储能等领域的科创项目加大扶持。|-",
            // kinds of projects that a policy supports or a scope covers
            "新政支持企业在省外设立研发中心、科技孵化器等创新基地。|-",
            "园区产业涵盖分布式光伏、储能电站、充换电站等绿色能源项目。|-",
            // a head inside a longer word: a university, an office, an area, a sports event
            "代表团来到青川工程大学参观实验室。|-",
            "据省水利工程处消息，汛前检查全部完成。|-",
            "选手林晓雯夺得女子跳水项目金牌。|-",
            // a discipline or a programme item, named by the words right before 项目
            "两地将共同推动冰雪运动项目普及。|-",
            "晚会的演出项目均由本地团队编排。|-",
            "海湾区冰雪体育产业园项目开工建设。|海湾区冰雪体育产业园项目",
            // the left edge stops at verbs of moving, winning and using
            "省长前往柳溪港二期工程建设现场调研。|柳溪港二期工程",
            "中企承建的青川光伏发电项目并网发电。|青川光伏发电项目",
            // descriptors alone make no name
            "该桥是区域互联互通的标志性工程。|-",
            "一大批重大工程建设稳步推进。|-",
    })
    void namesCleanlyBounded(String body, String expected) {
        assertEquals(expected, projects(body));
    }
}
