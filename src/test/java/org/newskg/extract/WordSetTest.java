package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words read off a text at an offset give the same answers as the substrings they stand for. */
class WordSetTest {

    private final WordSet words = new WordSet(List.of("书记", "副书记", "记者", "党委", "委", "党委书记"));
    private final String text = "区党委书记、副书记和记者";

    @Test
    void lengthsOfWordsEndingAtAnOffset() {
        // 党委书记, 书记 end at 5; 委 and 党委 end at 3
        assertEquals((1L << 4) | (1L << 2), words.endingAt(text, 5, 0));
        assertEquals((1L << 2) | (1L << 1), words.endingAt(text, 3, 0));
        assertEquals(1L << 2, words.endingAt(text, 5, 2), "a floor cuts words that start before it");
        assertEquals(4, words.longestEndingAt(text, 5, 0));
        assertEquals(0, words.endingAt(text, 1, 0));
    }

    @Test
    void lengthsOfWordsStartingAtAnOffset() {
        assertEquals((1L << 4) | (1L << 2), words.startingAt(text, 1, text.length()));
        assertEquals(1L << 2, words.startingAt(text, 1, 4), "a limit cuts words that end after it");
        assertEquals(3, words.longestStartingAt(text, 6, text.length()));
        assertEquals(0, words.startingAt(text, 0, text.length()));
    }

    @Test
    void stretchesOfTheTextAreWordsExactlyWhenTheirSubstringsAre() {
        for (int s = 0; s <= text.length(); s++) {
            for (int e = s; e <= text.length(); e++) {
                assertEquals(words.contains(text.substring(s, e)), words.contains(text, s, e), s + ".." + e);
            }
        }
        assertTrue(words.contains(text, 10, 12));
        assertFalse(words.contains(text, 9, 12));
    }

    @Test
    void wordsTooLongForAMaskAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WordSet(List.of("长".repeat(64))));
    }
}
