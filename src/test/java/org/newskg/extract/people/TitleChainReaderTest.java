package org.newskg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.Readings;

/** Title chains in front of a name become posts, bodies carried across 、 and ， as a reader carries them. */
class TitleChainReaderTest {

    static Stream<Arguments> chains() {
        return Stream.of(
                Arguments.of("市委常委、常务副市长周振宇出席会议。",
                        List.of("周振宇|常委|市委", "周振宇|常务副市长|市政府")),
                Arguments.of("县委统战部副部长，县工商联党组书记、常务副主席蒋卫东带队到柳河镇调研。",
                        List.of("蒋卫东|副部长|县委统战部", "蒋卫东|党组书记|县工商联", "蒋卫东|常务副主席|县工商联")),
                Arguments.of("区党工委委员、政法工作部部长邬海峰参加。",
                        List.of("邬海峰|委员|区党工委", "邬海峰|部长|区政法工作部")),
                Arguments.of("青川明远新材料有限公司总经理柏文涛介绍，今年产值增长两成。",
                        List.of("柏文涛|总经理|青川明远新材料有限公司")),
                Arguments.of("中国远拓能源集团有限公司总经理助理，远拓华北公司党委书记、执行董事蔺晓峰一行到访。",
                        List.of("蔺晓峰|总经理助理|中国远拓能源集团有限公司", "蔺晓峰|党委书记|远拓华北公司",
                                "蔺晓峰|执行董事|远拓华北公司")),
                Arguments.of("市委常委、宣传部部长萧立群宣布活动开幕。",
                        List.of("萧立群|常委|市委", "萧立群|部长|市委宣传部")),
                Arguments.of("镇党委书记、镇长鲍龑主持会议。",
                        List.of("鲍龑|书记|镇党委", "鲍龑|镇长|镇政府")),
                Arguments.of("省科技厅二级巡视员奚明远指出，要加快成果转化。",
                        List.of("奚明远|二级巡视员|省科技厅")),
                Arguments.of("区管委会主任左文杲表示，将全力做好服务保障。",
                        List.of("左文杲|主任|区管委会")),
                Arguments.of("泰和精密机械股份有限公司董事长兼总经理姚振邦说，企业订单已排到明年。",
                        List.of("姚振邦|董事长|泰和精密机械股份有限公司", "姚振邦|总经理|泰和精密机械股份有限公司")),
                Arguments.of("宁远县副县长霍思远陪同。",
                        List.of("霍思远|副县长|宁远县政府")),
                Arguments.of("青川港经济开发区党工委副书记、管委会主任柏文涛主持仪式。",
                        List.of("柏文涛|副书记|青川港经济开发区党工委", "柏文涛|主任|青川港经济开发区管委会")),
                Arguments.of("区领导钱立新、詹慧敏、郁文彬参加活动。", List.of()),
                Arguments.of("党员干部深入企业开展服务，构建新发展格局。", List.of()));
    }

    @ParameterizedTest
    @MethodSource("chains")
    void readsPostsFromTheChain(String sentence, List<String> expected) {
        assertEquals(expected, Readings.posts(sentence));
    }

    @ParameterizedTest
    @MethodSource("chains")
    void everyPostHasItsSentenceAsEvidence(String sentence, List<String> ignored) {
        for (Membership m : Readings.read(sentence).memberships()) {
            assertEquals(sentence.length(), m.evidence().end(), sentence);
            assertEquals(0, m.evidence().start(), sentence);
        }
    }

    @Test
    void ofTwoJoinedThePostsBodyIsTheOneEndingAtTheTitle() {
        List<String> posts = Readings.posts("欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩出席。");
        assertTrue(posts.contains("冯德莱恩|主席|欧盟委员会"), posts.toString());
    }
}
