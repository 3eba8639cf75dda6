package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The first characters of a pattern's matches, where they can be read off the pattern. */
class LeadingCharsTest {

    private static Set<Character> chars(String regex) {
        return LeadingChars.of(regex).orElseThrow().chars();
    }

    @Test
    void alternativesOptionalPiecesAndLookaroundsAreReadThrough() {
        assertEquals(Set.of('召', '举'), chars("(?:召开|举行|举办)了?[^，。；]{0,24}?发布会"));
        assertEquals(Set.of('调', '走'), chars("调研(?![组团])|走访"));
        assertEquals(Set.of('常', '副', '市'), chars("(常务)?(副)?市长"));
        assertEquals(Set.of('会', '座'), chars("(?<!召开)(?:会议|座谈会)"));
        assertEquals(Set.of('甲', '乙'), chars("[甲乙]+公司"));
        assertEquals(Set.of('0', '1', '2', '本'), chars("(?:[0-2]|本)月"));
        assertEquals(Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '年'), chars("\\d*年"));
    }

    @Test
    void whetherAMatchDependsOnWhatComesBeforeIt() {
        assertTrue(LeadingChars.of("调研(?![组团])").orElseThrow().boundsFree());
        assertFalse(LeadingChars.of("(?<![0-9])日").orElseThrow().boundsFree());
        assertFalse(LeadingChars.of("^等").orElseThrow().boundsFree());
        assertFalse(LeadingChars.of("\\b会").orElseThrow().boundsFree());
    }

    @Test
    void patternsThatCanStartAnywhereGiveNoAnswer() {
        assertEquals(Optional.empty(), LeadingChars.of("[^，。]{0,6}会议"));
        assertEquals(Optional.empty(), LeadingChars.of(".会"));
        assertEquals(Optional.empty(), LeadingChars.of("\\p{IsHan}{2}镇"));
        assertEquals(Optional.empty(), LeadingChars.of("(?i)abc"));
        assertEquals(Optional.empty(), LeadingChars.of("\\G会"));
        assertEquals(Optional.empty(), LeadingChars.of("会议|"), "a pattern that matches nothing matches everywhere");
        assertEquals(Optional.empty(), LeadingChars.of("[一-龥]镇"));
    }
}
