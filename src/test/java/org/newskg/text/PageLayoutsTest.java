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

/** Made-up pages in each layout the papers use. */
class PageLayoutsTest {

    @TempDir
    Path dir;

    private Page read(String name, String text, Optional<LocalDate> date) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return new PageReader().read(f, date);
    }

    /** Narrow columns, headlines printed after their bodies, one headline far from its body. */
    @Test
    void narrowColumnsWithHeadlinesAfterTheirBodies() throws Exception {
        String page = String.join("\n",
                " 本报讯（记者 苗雨桐）3 月 14",
                "日，青山区召开春季植树造林",
                "动员会，区委书记韩立东出席",
                "会议并讲话。",
                "",
                "会议要求，各镇街要压实责任，",
                "确保完成全年造林任务 120",
                "",
                "万亩以上。",
                "",
                "本报讯（记者 苗雨桐 通讯员",
                "蔺嘉禾）近日，青山区白沙湾",
                "渔港改造工程开工，项目总投资",
                "3.2亿元，建成后可停泊渔船",
                "400艘。",
                "",
                "青山区白沙湾渔港改造工程",
                "开工",
                "",
                "本报讯（记者 窦一鸣）3月13",
                "日，青山区举办春风行动招聘",
                "会，86家企业提供岗位2100",
                "余个。",
                "",
                "青山区召开春季植树造林动员会",
                "",
                "春风行动招聘会提供岗位2100余个",
                "");
        Page p = read("p1.txt", page, Optional.empty());
        List<Article> as = p.articles();
        assertEquals(3, as.size());
        assertEquals("青山区召开春季植树造林动员会", as.get(0).headline());
        assertEquals("青山区白沙湾渔港改造工程开工", as.get(1).headline());
        assertEquals("春风行动招聘会提供岗位2100余个", as.get(2).headline());
        assertEquals(List.of("苗雨桐", "蔺嘉禾"), as.get(1).reporters());
        assertTrue(as.get(0).text().contains("3月14日，青山区召开春季植树造林动员会，区委书记韩立东出席会议并讲话。"),
                as.get(0).text());
        // a column break inside a sentence is joined across
        assertTrue(as.get(0).text().contains("任务120万亩以上。"), as.get(0).text());
        assertEquals("p1-02", as.get(1).key());
        assertEquals(2, as.get(1).ordinal());
    }

    /** One paragraph per line, headline (and subtitle) first, □ bylines with 本报X讯 datelines. */
    @Test
    void headlineFirstWithBoxedBylines() throws Exception {
        String page = String.join("\n",
                "", "", "",
                "临河县新建3座污水处理站",
                "",
                "日处理能力达到1.5万吨",
                "",
                "□ 记者 乔文涛 通讯员 祁 岚 报道",
                "本报临河讯 今年以来,临河县新建3座污水处理站,日处理能力达到1.5万吨,惠及群众4万余人。",
                "",
                "临河县生态环境分局局长鲍志成介绍,下一步将推进管网改造。",
                "",
                "一座老码头的新生",
                "",
                "□ 本报记者 乔文涛",
                "本报通讯员 薛明珠 卢 博",
                "",
                "清晨,老码头上已经热闹起来。渔民们把刚捕的鲜鱼搬上岸,游客在一旁拍照。",
                "",
                "改造后的码头新增了观景步道和渔市,吸引了众多游客。",
                "");
        Page p = read("p2.txt", page, Optional.of(LocalDate.of(2023, 6, 2)));
        List<Article> as = p.articles();
        assertEquals(2, as.size());
        assertEquals("临河县新建3座污水处理站", as.get(0).headline());
        assertEquals(List.of("乔文涛", "祁岚"), as.get(0).reporters());
        assertEquals(Optional.of("临河"), as.get(0).region());
        assertTrue(as.get(0).text().contains("鲍志成"));
        assertEquals("一座老码头的新生", as.get(1).headline());
        assertEquals(List.of("乔文涛", "薛明珠", "卢博"), as.get(1).reporters());
        // an ASCII comma in Chinese text becomes a Chinese one
        assertTrue(as.get(1).text().startsWith("清晨，老码头"), as.get(1).text());
        assertEquals(Optional.of(LocalDate.of(2023, 6, 2)), as.get(1).published());
        assertEquals(Optional.of(2023), as.get(1).yearHint());
    }

    /** Indented paragraphs in narrow columns, bylines ending in 报道, headlines gathered at the end. */
    @Test
    void indentedColumnsWithTrailingHeadlines() throws Exception {
        String page = String.join("\n",
                "   □记 者 邵 琳",
                "   通讯员 伍家豪 报道",
                "  本报海阳讯 日前，海阳市首个",
                "智慧农业示范园建成投用，园区",
                "引进水肥一体化设备。",
                "  园区负责人姜涛介绍，今年将",
                "带动周边农户增收。",
                "",
                "  □记者 邵 琳 报道",
                "  本报海阳讯 近日，海阳市图书馆",
                "新馆开放，藏书达到60万册。",
                "",
                "海阳市首个智慧农业示范园建成投用",
                "",
                "海阳市图书馆新馆开放",
                "");
        Page p = read("p3.txt", page, Optional.empty());
        List<Article> as = p.articles();
        assertEquals(2, as.size());
        assertEquals(List.of("邵琳", "伍家豪"), as.get(0).reporters());
        assertEquals("海阳市首个智慧农业示范园建成投用", as.get(0).headline());
        assertEquals("海阳市图书馆新馆开放", as.get(1).headline());
        assertEquals(List.of("邵琳"), as.get(1).reporters());
        // the indented line opens a new paragraph; the others are joined
        assertEquals(2, as.get(0).text().split("\n").length, as.get(0).text());
        assertTrue(as.get(0).text().contains("园区引进水肥一体化设备。"));
    }

    /** A feature without a dateline: subheads stay inside it, the byline and photo credit come last. */
    @Test
    void featureWithSubheadsAndTrailingCredit() throws Exception {
        String page = String.join("\n",
                "本报讯（记者 凌思远）4月2日，石桥镇召开安全生产会议，部署",
                "汛期安全工作。",
                "",
                "石桥镇部署汛期安全工作",
                "",
                "走进石桥新材料产业园，一条条生产线正加紧运转，工人们在岗位上",
                "忙碌不已。",
                "",
                "链条延伸",
                "",
                "产业园引进上下游企业12家，新材料产业链条不断延伸。",
                "",
                "园区蓄势 产业向新",
                "——石桥新材料产业园建设综述 ◎本报记者 凌思远 欧阳雪",
                "",
                "石桥新材料产业园一角。符晓东 摄",
                "");
        Page p = read("p4.txt", page, Optional.empty());
        List<Article> as = p.articles();
        assertEquals(2, as.size(), as.toString());
        assertEquals("石桥镇部署汛期安全工作", as.get(0).headline());
        Article feature = as.get(1);
        assertEquals("园区蓄势 产业向新", feature.headline());
        assertTrue(feature.text().contains("产业链条不断延伸"), feature.text());
        assertEquals(List.of("凌思远", "欧阳雪", "符晓东"), feature.reporters());
        assertFalse(feature.text().contains("综述"));
    }

    /** A story copied from a government site: chrome stripped, its title the headline, its date stated. */
    @Test
    void websiteStory() throws Exception {
        String page = String.join("\n",
                "首页 > 新闻动态 > 乡镇动态",
                "",
                "柳湾镇开展消防安全大检查",
                "",
                "发布时间：2023-12-05 09:30    信息来源：柳湾镇    浏览次数：318",
                "【字体：大 中 小】",
                "",
                "１２月４日，柳湾镇组织应急办、派出所对辖区１５家企业开展消防安全检查。",
                "",
                "检查组现场督促整改隐患２３处。",
                "",
                "责任编辑：单可欣",
                "打印本页 关闭窗口",
                "");
        Page p = read("site.txt", page, Optional.of(LocalDate.of(2020, 1, 1)));
        assertEquals(1, p.articles().size());
        Article a = p.articles().get(0);
        assertEquals("柳湾镇开展消防安全大检查", a.headline());
        assertEquals(Optional.of(LocalDate.of(2023, 12, 5)), a.published());
        assertTrue(a.text().startsWith("12月4日，柳湾镇"), a.text());
        assertTrue(a.text().contains("15家企业") && a.text().contains("隐患23处"), a.text());
        for (String chrome : List.of("首页", "发布时间", "浏览次数", "字体", "责任编辑", "打印本页")) {
            assertFalse(a.text().contains(chrome), chrome);
        }
    }

    @Test
    void mastheadDateIsThePublicationDate() throws Exception {
        String page = "2023年11月30日 星期四 第3版\n\n本报讯（记者 邬晓庆）11月29日，东港区举办人才招聘会。\n";
        Article a = read("m.txt", page, Optional.empty()).articles().get(0);
        assertEquals(Optional.of(LocalDate.of(2023, 11, 30)), a.published());
        assertFalse(a.text().contains("星期四"));
    }

    @Test
    void theMastheadWinsOverAGivenDateWhichIsTheFallback() throws Exception {
        String page = "2023年11月30日 星期四 第3版\n\n本报讯（记者 邬晓庆）11月29日，东港区举办人才招聘会。\n";
        Article a = read("m.txt", page, Optional.of(LocalDate.of(2022, 11, 30))).articles().get(0);
        assertEquals(Optional.of(LocalDate.of(2023, 11, 30)), a.published());
        assertEquals(Optional.of(2023), a.yearHint());
        String undated = "本报讯（记者 邬晓庆）11月29日，东港区举办人才招聘会。\n";
        assertEquals(Optional.of(LocalDate.of(2022, 11, 30)), read("u.txt", undated, Optional.of(LocalDate.of(2022, 11, 30))).articles().get(0).published());
    }
}
