package org.newskg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.Mention;
import org.newskg.extract.PersonMention;
import org.newskg.extract.Readings;
import org.newskg.text.Span;

/** Persons by the grammar of the genre, rare characters and spaced names included; no titles or words as names. */
class PersonRecognizerTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("区领导钱立新、詹慧敏、郁文彬参加活动。", List.of("钱立新", "詹慧敏", "郁文彬")),
                Arguments.of("本报讯（记者 郑 莉 通讯员 苗春燕）12月3日，全区安全生产会议召开。", List.of("郑莉", "苗春燕")),
                Arguments.of("区管委会主任左文杲表示，将全力做好服务保障。", List.of("左文杲")),
                Arguments.of("镇党委书记、镇长鲍龑主持会议。", List.of("鲍龑")),
                Arguments.of("市政协副主席欧阳晓峰强调，要凝聚共识。", List.of("欧阳晓峰")),
                Arguments.of("企业董事长孙立波表示，明年将扩大产能。", List.of("孙立波")),
                Arguments.of("“订单排得满满的。”车间主任韩冬说。", List.of("韩冬")),
                Arguments.of("党员干部深入企业开展服务，构建新发展格局。", List.of()),
                Arguments.of("会议强调，要推进高质量发展，全面提升安全水平。", List.of()),
                Arguments.of("产业链按照延链、补链、强链的思路向新、向绿发展。", List.of()),
                // national news register: the head of state, sentence pieces HanLP guesses as names
                Arguments.of("国家主席习近平向大会致贺信。", List.of("习近平")),
                Arguments.of("巴西总统卢拉致电祝贺。", List.of("卢拉")),
                Arguments.of("她在英国完成博士后研究，随后回国任教。", List.of()),
                Arguments.of("这是我们党正在推进的伟大工程。", List.of()),
                Arguments.of("他一直在思考如何讲好每一堂课。", List.of()),
                Arguments.of("新建的储气库日前试注成功。", List.of()),
                Arguments.of("来自各地的专家学者和嘉宾代表相聚一堂。", List.of()),
                Arguments.of("他博士毕业后选择回乡创业。", List.of()),
                Arguments.of("西方国家竭力向其他成员国施压。", List.of()),
                // foreign names after a title: no surname starts them
                Arguments.of("葡萄牙外长桑托斯22日表示，双方将加强合作。", List.of("桑托斯")),
                Arguments.of("智利总统博里奇、秘鲁总统博鲁阿尔特出席。", List.of("博里奇", "博鲁阿尔特")),
                Arguments.of("世界卫生组织总干事特德罗斯·阿德哈诺姆表示，疫情仍在蔓延。", List.of("特德罗斯·阿德哈诺姆")),
                Arguments.of("项目经理Daniel介绍了设备的性能。", List.of("Daniel")),
                // a dotted name whole, where a Chinese-looking first part or a place word would cut it
                Arguments.of("意大利共产党总书记马里米亚诺·罗西表示支持。", List.of("马里米亚诺·罗西")),
                Arguments.of("古巴国家主席米格尔·迪亚斯-卡内尔会见代表团。", List.of("米格尔·迪亚斯-卡内尔")),
                Arguments.of("组织释放了被扣押的艾丹·亚历山大。", List.of("艾丹·亚历山大")),
                Arguments.of("英国商业贸易部国务大臣道格拉斯·亚历山大出席。", List.of("道格拉斯·亚历山大")),
                // a list's joint before a count, a figure before a surname
                Arguments.of("八位全国政协委员和两位专家分别发言。", List.of()),
                Arguments.of("乒乓球混合双打16强赛中，孙颖莎战胜对手。", List.of("孙颖莎")),
                Arguments.of("土耳其总统埃尔多安会见代表团，哈萨克斯坦总统也发来贺电。", List.of("埃尔多安")),
                // a measure word after a number, a full name before 先生
                Arguments.of("当天共售出37张门票，其中5张有奖。", List.of()),
                Arguments.of("从事收藏多年的常文斌先生介绍了展品。", List.of("常文斌")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void findsTheNamedPersons(String sentence, List<String> expected) {
        assertEquals(expected, Readings.persons(sentence));
    }

    @Test
    void aNameFoundOnceIsFoundWhereverItIsRepeated() {
        String text = "县委书记祁振山主持会议。祁振山指出，要抓好落实。会后，祁振山走访企业。";
        List<Span> spans = Readings.read(text).mentions().stream().filter(m -> m instanceof PersonMention).map(Mention::span).toList();
        assertEquals(List.of(new Span(4, 7), new Span(12, 15), new Span(27, 30)), spans);
    }

    @Test
    void aSpacedNameKeepsItsSpanAndLosesTheSpaceInItsName() {
        String text = "（记者 郑 莉）";
        PersonMention p = (PersonMention) Readings.read(text).mentions().stream().filter(m -> m instanceof PersonMention)
                .findFirst().orElseThrow();
        assertEquals("郑 莉", p.span().of(text));
        assertEquals("郑莉", p.name());
    }
}
