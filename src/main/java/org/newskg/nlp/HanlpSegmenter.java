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

    private static final HanlpSegmenter INSTANCE = new HanlpSegmenter();

    private final Segment segment;

    private HanlpSegmenter() {
        segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true)
                .enableCustomDictionary(true);
    }

    public static HanlpSegmenter instance() {
        return INSTANCE;
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
