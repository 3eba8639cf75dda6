package org.newskg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.Readings;

/** Foreign places HanLP reads as transliterated persons are places in a list of places; persons listed stay persons. */
class PlacesReadAsPersonsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "俄军在哈尔科夫、顿涅茨克和扎波罗热等地区打击乌军指挥所。|",
        "乌军在哈尔科夫等地发动袭击。|",
        "普京、马克龙和朔尔茨等国家领导人出席。|普京,马克龙",
        "王刚、李明等地方领导出席。|王刚,李明",
    })
    void aListOfPlacesHoldsNoPersons(String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(","));
        assertEquals(want, Readings.persons(text));
    }
}
