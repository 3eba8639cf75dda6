package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Made-up pages of news sites: header, chrome, bylines and teasers around one story. */
class WebArticlesTest {

    @TempDir
    Path dir;

    private static final String STORY = "3月8日上午，青山区举行春季重点项目集中开工仪式，区委书记韩立东出席并宣布开工。"
            + "本次集中开工的12个项目总投资56.3亿元，涵盖先进制造、现代物流等领域。";

    private Page read(String text, Optional<LocalDate> date) throws Exception {
        Path f = dir.resolve("site.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new PageReader().read(f, date);
    }

    @Test
    void aSitePageIsOneArticleWithItsHeaderReadAndItsChromeLeftOut() throws Exception {
        Page p = read(String.join("\n",
                "2025-06-01 星期日",
                "首页 > 新闻中心 > 本地要闻",
                "县域新闻 手机版",
                "青山区12个重点项目集中开工",
                "发布时间：2024-03-08 10:21:05   来源：青山融媒   作者：苗雨桐 窦一鸣",
                "分享：",
                "",
                "  青山网3月8日讯（记者 蔺嘉禾 通讯员 柏松）" + STORY,
                "",
                "  韩立东强调，要压实责任、倒排工期，确保项目早投产、早见效，为全区高质量发展注入新动能。",
                "【全媒体记者】程小满",
                "编辑 侯一帆",
                "责任编辑：",
                "相关新闻",
                "青山区召开春季植树造林动员会",
                "上一篇：青山区举办春风行动招聘会"), Optional.of(LocalDate.of(2020, 1, 1)));
        assertEquals(PageKind.WEB_ARTICLE, p.kind());
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("青山区12个重点项目集中开工", a.headline());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 8)), a.published(), "the header's date, not the top bar's, not --date");
        assertEquals(List.of("苗雨桐", "窦一鸣", "蔺嘉禾", "柏松", "程小满", "侯一帆"), a.reporters());
        assertTrue(a.text().startsWith("青山网3月8日讯"), a.text());
        assertTrue(a.text().endsWith("注入新动能。"), "credits and teasers are no part of the story: " + a.text());
        assertFalse(a.text().contains("首页"));
        assertFalse(a.text().contains("植树造林"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // header line | its date
        "来源：青山日报    时间： 2023-02-15 09:17:14|2023-02-15",
        "2019-03-19 09:54:00 来源：青山日报 大字体 小字体|2019-03-19",
        "来源:青山史志网日期:2012-12-26 14:59阅读量:1169|2012-12-26",
        "作者:王某 来源: 青山日报 发表时间: 2026-01-05 11:30|2026-01-05",
        "2017-03-15 来源:网络收录 撰稿:汪某某 浏览次数:|2017-03-15",
    })
    void theHeadersDateWhereverTheSitePutsIt(String header, String date) throws Exception {
        Page p = read("青山区12个重点项目集中开工\n" + header + "\n" + STORY + "\n", Optional.empty());
        assertEquals(Optional.of(LocalDate.parse(date)), p.articles().get(0).published());
        assertEquals("青山区12个重点项目集中开工", p.articles().get(0).headline());
    }

    @Test
    void theHeadersDateWinsOverAGivenDate() throws Exception {
        Page p = read("青山区12个重点项目集中开工\n发布时间：2024-03-08 10:21:05\n" + STORY + "\n", Optional.of(LocalDate.of(2024, 3, 9)));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 8)), p.articles().get(0).published());
    }

    @Test
    void aDateAloneAboveTheHeadlineIsTheDateAndTheHeadlineStillFound() throws Exception {
        Page p = read("2020-04-16\n\n青山区春季重点项目集中开工\n\n" + STORY + "\n", Optional.empty());
        Article a = p.articles().get(0);
        assertEquals(Optional.of(LocalDate.of(2020, 4, 16)), a.published());
        assertEquals("青山区春季重点项目集中开工", a.headline());
    }

    @Test
    void aPageThatOpensWithItsStoryHasNoHeadlineAndTakesTheGivenDate() throws Exception {
        Page p = read("青山网北京2月18日讯 " + STORY + "\n" + STORY + "\n", Optional.of(LocalDate.of(2020, 2, 18)));
        Article a = p.articles().get(0);
        assertEquals("", a.headline());
        assertEquals(Optional.of(LocalDate.of(2020, 2, 18)), a.published());
        assertEquals(Optional.of(2020), a.yearHint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "项目建成后将带动就业2000余人。(记者 张小航 通讯员 董某呈) |;张小航 董某呈",
        "项目建成后将带动就业2000余人。(青山融媒 付某保);付某保",
        "项目建成后将带动就业2000余人。（青山日报 刘某 陈某）;刘某 陈某",
        "项目建成后将带动就业2000余人。;",
    })
    void creditsClosingTheStory(String last, String names) throws Exception {
        Page p = read("青山区项目开工\n" + STORY + "\n" + last + "\n", Optional.empty());
        List<String> expected = names == null ? List.of() : List.of(names.split(" "));
        assertEquals(expected, p.articles().get(0).reporters());
    }

    @Test
    void aLineOfProseThatStartsWithARoleWordIsNoCredit() throws Exception {
        Page p = read("青山区项目开工\n" + STORY + "\n记者了解到\n", Optional.empty());
        assertEquals(List.of(), p.articles().get(0).reporters());
        assertTrue(p.articles().get(0).text().contains("记者了解到"));
    }

    @Test
    void aNewspaperPageInColumnsIsStillCutIntoItsArticles() throws Exception {
        Page p = read(String.join("\n",
                "本报讯（记者 苗雨桐）3月14",
                "日，青山区召开春季植树造林",
                "动员会，区委书记韩立东出席",
                "会议并讲话。",
                "",
                "",
                "本报讯（记者 窦一鸣）3月13",
                "日，青山区举办春风行动招聘",
                "会，86家企业提供岗位2100",
                "余个。"), Optional.empty());
        assertEquals(PageKind.NEWSPAPER_PAGE, p.kind());
        assertEquals(2, p.articles().size());
    }
}
