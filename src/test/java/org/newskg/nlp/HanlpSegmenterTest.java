package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HanlpSegmenterTest {

    @Test
    void tokensCoverTheTextAndCarryTags() {
        String text = "市委书记张伟在济南市调研，强调要推动高质量发展。";
        List<Token> tokens = HanlpSegmenter.instance().segment(text);
        StringBuilder joined = new StringBuilder();
        for (Token t : tokens) {
            assertEquals(t.word(), t.span().of(text));
            joined.append(t.word());
        }
        assertEquals(text, joined.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("张伟") && t.isPerson()), tokens.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.word().contains("济南") && t.isPlace()), tokens.toString());
    }
}
