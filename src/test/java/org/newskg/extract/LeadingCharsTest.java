package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The first characters of a pattern's matches, where they can be read off the pattern. */
class LeadingCharsTest {

    @Test
    void alternativesOptionalPiecesAndLookaroundsAreReadThrough() {
        assertEquals(Optional.of(Set.of('召', '举')), LeadingChars.of("(?:召开|举行|举办)了?[^，。；]{0,24}?发布会"));
        assertEquals(Optional.of(Set.of('调', '走')), LeadingChars.of("调研(?![组团])|走访"));
        assertEquals(Optional.of(Set.of('常', '副', '市')), LeadingChars.of("(常务)?(副)?市长"));
        assertEquals(Optional.of(Set.of('会', '座')), LeadingChars.of("(?<!召开)(?:会议|座谈会)"));
        assertEquals(Optional.of(Set.of('甲', '乙')), LeadingChars.of("[甲乙]+公司"));
    }

    @Test
    void patternsThatCanStartAnywhereGiveNoAnswer() {
        assertEquals(Optional.empty(), LeadingChars.of("[^，。]{0,6}会议"));
        assertEquals(Optional.empty(), LeadingChars.of(".会"));
        assertEquals(Optional.empty(), LeadingChars.of("\\p{IsHan}{2}镇"));
        assertEquals(Optional.empty(), LeadingChars.of("(?i)abc"));
        assertEquals(Optional.empty(), LeadingChars.of("会议|"), "a pattern that matches nothing matches everywhere");
        assertEquals(Optional.empty(), LeadingChars.of("[一-龥]镇"));
    }
}
