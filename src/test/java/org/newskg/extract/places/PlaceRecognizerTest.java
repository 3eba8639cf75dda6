package org.newskg.extract.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.extract.Readings;

/** Places from the gazetteer, HanLP and the suffix grammar, each division on its own. */
class PlaceRecognizerTest {

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("调研组来到栖霞市庄园镇北岭村，察看项目进展。", List.of("栖霞市", "庄园镇", "北岭村")),
                Arguments.of("省工商联到我区蒲台镇调研。", List.of("蒲台镇")),
                Arguments.of("项目落户在泰安市岱岳区，辐射河北省和河南省。", List.of("泰安市", "岱岳区", "河北省", "河南省")),
                // two places side by side, a person ending in 市, a common word ending in 乡, a verb and its object,
                // a part of a transliterated name: each no longer place than the text gives
                Arguments.of("示范工程在海南昌江开工。", List.of("海南", "昌江")),
                Arguments.of("日本前首相村山富市逝世。", List.of("日本")),
                Arguments.of("三百多名彝族老乡住进新居，城乡面貌一新。", List.of()),
                Arguments.of("潜水员在海底建大桥。", List.of()),
                Arguments.of("主席致电博拉·提努布表示祝贺。", List.of()),
                Arguments.of("幸福社区和张庄村的居民。", List.of("幸福社区", "张庄村")),
                Arguments.of("乘高铁兰州至西宁。", List.of("兰州", "西宁")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void findsThePlaces(String sentence, List<String> expected) {
        assertEquals(expected, Readings.places(sentence));
    }
}
