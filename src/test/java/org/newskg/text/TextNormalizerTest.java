package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fullWidthAsciiBecomesHalfWidthButChinesePunctuationStays() {
        assertEquals("增长12.5%，达到ABC级：“优秀”（第一）《报告》、10:30",
                TextNormalizer.normalize("增长１２．５％，达到ＡＢＣ级：“优秀”（第一）《报告》、１０：３０"));
    }

    @Test
    void oddSpacesAndControlsAndZeroWidth() {
        assertEquals("甲 乙 丙丁\n戊", TextNormalizer.normalize("甲\u3000乙\u00A0丙\u200B丁\r\n\u0007戊"));
    }

    @Test
    void spacesBetweenChineseAndDigitsGoOthersStay() {
        assertEquals("11月29日，志愿服务等9项，共5000多万元，2.5%", TextNormalizer.dropCjkDigitSpaces(
                "11 月 29 日，志愿服务等 9项，共 5000 多万元，2.5 %"));
        assertEquals("新岁共启 从新出发 T/SDGSY 4-2021", TextNormalizer.dropCjkDigitSpaces("新岁共启 从新出发 T/SDGSY 4-2021"));
    }

    @Test
    void bylineNames() {
        assertEquals(List.of("闫书彤", "郑莉"), Bylines.names("□记 者 闫书彤 郑 莉 报道"));
        assertEquals(List.of("韦一帆", "蒲小雨", "霍冬"), Bylines.names("记者 韦一帆 通讯员 蒲小雨 实习生 霍冬"));
        assertEquals(List.of("包佳", "欧阳明月"), Bylines.names("■ 本报记者 包佳\n滨海日报记者 欧阳明月"));
        assertEquals(List.of("伏文静"), Bylines.creditNames("新港码头夜景。伏文静 摄"));
        assertEquals(List.of("费立"), Bylines.datelineNames("本报讯（记者 费立）近日，……"));
        assertEquals("滨海", Bylines.region("本报滨海讯 近日").orElseThrow());
    }

    @Test
    void yearHintIgnoresTargetsAndComingYearAnnouncements() {
        assertEquals(2023, YearHint.of("2023年以来，全区新增企业。到2035年基本实现现代化，2035年远景目标。").orElseThrow());
        assertEquals(2022, YearHint.of("制定实施方案(2022—2026年)，2022年全市完成投资。").orElseThrow());
        assertEquals(2024, YearHint.of("12月27日，市政府召开发布会，2025年1月5日将举办年会。12月26日，该局召开会议。")
                .orElseThrow());
    }
}
