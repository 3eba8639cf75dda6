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
                Arguments.of("项目落户在泰安市岱岳区，辐射河北省和河南省。", List.of("泰安市", "岱岳区", "河北省", "河南省")));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void findsThePlaces(String sentence, List<String> expected) {
        assertEquals(expected, Readings.places(sentence));
    }
}
