package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegionDetectorTest {

    private final RegionDetector detector = new RegionDetector(RegionGazetteer.instance());

    @Test
    void datelineGivesTheCityAndTheGazetteerTheProvince() {
        RegionContext ctx = detector.forPage("本报烟台讯 近日，全市召开会议。", List.of("烟台"));
        assertEquals(Optional.of("烟台市"), ctx.city());
        assertEquals(Optional.of("山东省"), ctx.province());
    }

    @Test
    void aRepeatedDistrictTheGazetteerDoesNotKnowIsThePagesDistrict() {
        String page = "本报讯 滨海新港区召开会议。滨海新港区党工委书记讲话。会议要求，滨海新港区要抓好项目建设。"
                + "我区将持续推进招商引资，示范区建设和社区治理同步推进。";
        RegionContext ctx = detector.forPage(page, List.of());
        assertEquals(Optional.of("滨海新港区"), ctx.district());
    }

    @Test
    void aGazetteerDistrictGivesItsCity() {
        String page = "莘县召开全县经济工作会议。莘县县委书记出席。莘县要坚持项目为王。";
        RegionContext ctx = detector.forPage(page, List.of());
        assertEquals(Optional.of("莘县"), ctx.district());
        assertEquals(Optional.of("聊城市"), ctx.city());
        assertEquals(Optional.of("山东省"), ctx.province());
    }

    @Test
    void anArticleAboutAnotherDistrictKeepsItsOwn() {
        RegionContext page = new RegionContext(Optional.of("山东省"), Optional.of("威海市"), Optional.empty());
        RegionContext article = detector.forArticle("乳山市召开会议，乳山市交通运输局介绍情况，乳山市将持续推进。", page);
        assertEquals(Optional.of("乳山市"), article.district());
        assertEquals(Optional.of("威海市"), article.city());
    }
}
