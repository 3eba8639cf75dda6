package org.newskg.nlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a word is an everyday word more than a place name, by HanLP's core dictionary: 资源,
 * 友好 and 和平 are the short names of counties, but the dictionary has seen them far more as
 * nouns and adjectives than as places. A word it has not seen is no everyday word.
 */
public final class CommonWords {

    private CommonWords() {
    }

    /** Whether HanLP reads a verb, an adverb, a number or a time among the words of a phrase (口岸返乡, 年度山东). */
    public static boolean holdsVerbOrTime(String phrase) {
        for (Token t : HanlpSegmenter.instance().segment(phrase)) {
            String tag = t.tag();
            if (tag.startsWith("v") || tag.startsWith("d") || tag.startsWith("m") || tag.startsWith("t") || tag.startsWith("p")) {
                return true;
            }
        }
        return false;
    }

    /** True when the dictionary knows the word, and mostly as a place (巴黎, 长江, 朗德省 is unknown). */
    public static boolean isPlaceWord(String word) {
        CoreDictionary.Attribute at = CoreDictionary.get(word);
        return at != null && frequency(at, tag -> tag.startsWith("ns")) * 2 > frequency(at, tag -> true);
    }

    /** How often a dictionary has seen a word under the tags that pass {@code tag}. */
    public static long frequency(CoreDictionary.Attribute at, java.util.function.Predicate<String> tag) {
        long n = 0;
        for (int i = 0; i < at.nature.length; i++) {
            if (tag.test(at.nature[i].toString())) {
                n += at.frequency[i];
            }
        }
        return n;
    }

    /** True when the dictionary has seen the word more often in other uses than as a place or a person's name. */
    public static boolean isEverydayWord(String word) {
        CoreDictionary.Attribute at = CoreDictionary.get(word);
        if (at == null) {
            return false;
        }
        int asPlace = 0;
        int otherwise = 0;
        for (int i = 0; i < at.nature.length; i++) {
            Nature n = at.nature[i];
            String tag = n.toString();
            if (tag.startsWith("ns")) {
                asPlace += at.frequency[i];
            } else if (!tag.startsWith("nr")) {
                otherwise += at.frequency[i];
            }
        }
        return otherwise > asPlace;
    }
}
