package org.newskg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.newskg.text.Span;

/**
 * HanLP's Viterbi segmenter (the portable release's dictionaries; no model files) with person,
 * place and organisation recognition switched on. One shared instance: HanLP's segmenting is
 * thread-safe once configured.
 */
public final class HanlpSegmenter implements Segmenter {

    private static final HanlpSegmenter INSTANCE = new HanlpSegmenter(true);
    private static final HanlpSegmenter DICTIONARY_ONLY = new HanlpSegmenter(false);

    private final Segment segment;

    private HanlpSegmenter(boolean recognizeNames) {
        segment = HanLP.newSegment()
                .enableNameRecognize(recognizeNames)
                .enablePlaceRecognize(recognizeNames)
                .enableOrganizationRecognize(recognizeNames)
                .enableOffset(true)
                .enableCustomDictionary(true);
        if (!recognizeNames) {
            segment.enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false).enableNumberQuantifierRecognize(false);
        }
    }

    public static HanlpSegmenter instance() {
        return INSTANCE;
    }

    /**
     * The dictionary's words alone, no name recognition: what a phrase is made of when the recognisers glued
     * common words into a name (智能集控/nt, 新能源汽车/nt).
     */
    public static HanlpSegmenter dictionaryOnly() {
        return DICTIONARY_ONLY;
    }

    @Override
    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> tokens = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            // HanLP's offsets are unreliable after normalisation; re-anchor each word in the text.
            int at = text.indexOf(t.word, pos);
            if (at < 0) {
                at = pos;
            }
            int end = Math.min(text.length(), at + t.word.length());
            tokens.add(new Token(text.substring(at, end), t.nature == null ? "x" : t.nature.toString(), new Span(at, end)));
            pos = end;
        }
        return tokens;
    }
}
