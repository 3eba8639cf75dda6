package org.newskg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BylinesTest {

    private static String credit(String text) {
        return text.substring(0, Bylines.openingCreditEnd(text));
    }

    @Test
    void anOutletsOpeningCreditEndsBeforeTheStory() {
        assertEquals("东海网消息（晚间新闻）：", credit("东海网消息（晚间新闻）：秋收时节，各地农机陆续下田。"));
        assertEquals("本报讯（记者 李青禾 通讯员 周白）", credit("本报讯（记者 李青禾 通讯员 周白）近日，某区召开会议。"));
        assertEquals("本报临沂讯", credit("本报临沂讯 3月2日，临沂市召开推进会。"));
        assertEquals("南海日报讯（记者 吴一）", credit("南海日报讯（记者 吴一）连日来，港区项目建设加快。"));
        assertEquals("新华社杭州4月8日电（记者 郑某某）", credit("新华社杭州4月8日电（记者 郑某某）记者从省商务厅获悉，"));
        assertEquals("海风网青岛十月三日电：", credit("海风网青岛十月三日电：港口吞吐量创新高。"));
        assertEquals("蓝网柳州3月19日讯 ", credit("蓝网柳州3月19日讯 为落实要求，3月18日，全市重点项目集中开工。"));
        assertEquals("据晚报消息：", credit("据晚报消息：市区新增三条公交线路。"));
    }

    @Test
    void aSentenceThatOnlyContainsTheWordsHasNoCredit() {
        assertEquals("", credit("记者从市通讯管理局获悉，全市新建基站三千个。"));
        assertEquals("", credit("省政府新闻办召开发布会，通报最新消息，"));
        assertEquals("", credit("3月5日，市委书记主持召开会议。"));
        assertEquals("", credit(""));
    }
}
