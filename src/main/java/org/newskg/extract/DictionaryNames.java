package org.newskg.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;

/**
 * What HanLP's core dictionary says of a word before a generic ending (…公司, …项目): whether it names
 * something of its own. Shared by the checks of company and project names.
 */
public final class DictionaryNames {

    /** Word classes of proper names in HanLP's tag set (not abbreviations: 高新, 汽配 are common words). */
    private static final List<String> PROPER_TAGS = List.of("ns", "nr", "nt", "nz", "nx", "nrf", "nrj");

    private DictionaryNames() {
    }

    /**
     * Whether a word of two characters or more names something of its own: the dictionary knows it mostly as a
     * name (华为, 海尔, 三星), or does not know it and common words do not make it up (青禾, but not 上市航空).
     */
    public static boolean namesSomething(String w) {
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            return !madeOfCommonWords(w);
        }
        long proper = org.newskg.nlp.CommonWords.frequency(a, tag -> PROPER_TAGS.stream().anyMatch(tag::startsWith));
        return 3 * proper >= org.newskg.nlp.CommonWords.frequency(a, tag -> true);
    }

    /** Whether the word splits into dictionary words of two characters or more that are not names. */
    private static boolean madeOfCommonWords(String w) {
        boolean[] ok = new boolean[w.length() + 1];
        ok[0] = true;
        for (int i = 0; i < w.length(); i++) {
            if (!ok[i]) {
                continue;
            }
            for (int j = i + 2; j <= w.length(); j++) {
                CoreDictionary.Attribute a = CoreDictionary.get(w.substring(i, j));
                if (a != null && java.util.Arrays.stream(a.nature).noneMatch(DictionaryNames::isProper)) {
                    ok[j] = true;
                }
            }
        }
        return ok[w.length()];
    }

    private static boolean isProper(Nature n) {
        String tag = n.toString();
        return PROPER_TAGS.stream().anyMatch(tag::startsWith);
    }
}
