package org.newskg.nlp;

import java.util.List;

/** Word segmentation with name, place and organisation recognition; safe to call from many threads. */
public interface Segmenter {

    /** The tokens of {@code text}, in order, their spans covering the text without gaps. */
    List<Token> segment(String text);
}
