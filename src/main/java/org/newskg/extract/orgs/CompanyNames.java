package org.newskg.extract.orgs;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.Arrays;
import java.util.List;
import org.newskg.extract.OrgMention;
import org.newskg.extract.TokenIndex;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;

/**
 * Whether a company the readers found by its ending (…公司, …集团, …科技, …工厂) is named by something
 * of its own: a proper name among the words before the ending (a place in the text, a word the dictionary
 * mostly knows as a name (华为), a word it does not know and common words do not make up, Latin letters, or
 * characters HanLP could not join into a word (正信, 中铝)), not only common words (智能工厂, 航空公司, 跨国公司,
 * 犯罪集团), and no count (三季度银行, 七国集团, 北京首批酒店).
 */
public final class CompanyNames {

    /** Characters that open a count (七国集团, 两家公司, 首批酒店). */
    private static final String COUNT_START = "一二两三四五六七八九十百千首每各某该几余多数";
    /** Characters that end a count (首批, 多家, 三座). */
    private static final String CLASSIFIERS = "批家个座所类种项";
    /** Word classes of proper names in HanLP's tag set (not abbreviations: 高新, 汽配 are common words). */
    private static final List<String> PROPER_TAGS = List.of("ns", "nr", "nt", "nz", "nx", "nrf", "nrj");

    private CompanyNames() {
    }

    public static boolean hasProperHead(OrgMention o, TokenIndex idx) {
        List<Token> inside = tokensOf(o, idx);
        if (inside.isEmpty()) {
            return false;
        }
        Token last = inside.get(inside.size() - 1);
        // a name that does not end in a noun (深信服) was read from its context, not from a generic ending
        if (inside.size() > 1 && !last.tag().startsWith("n")) {
            return true;
        }
        String name = o.span().of(idx.text);
        // the words before the ending; where HanLP read the whole name as one word (智能工厂/nt), its first part
        String head = inside.size() > 1 ? name.substring(0, last.span().start() - o.span().start())
                : name.substring(0, Math.max(0, name.length() - 2));
        if (head.isEmpty() || COUNT_START.indexOf(head.charAt(0)) >= 0) {
            return false;
        }
        List<Token> headTokens = inside.size() > 1 ? inside.subList(0, inside.size() - 1) : HanlpSegmenter.instance().segment(head);
        boolean proper = false;
        boolean allSingle = true;
        for (Token t : headTokens) {
            String tag = t.tag();
            String w = t.word();
            if (w.length() >= 2 && (tag.equals("m") || tag.equals("mq") || tag.equals("q")
                    || COUNT_START.indexOf(w.charAt(0)) >= 0 && CLASSIFIERS.indexOf(w.charAt(w.length() - 1)) >= 0)) {
                return false;   // 北京首批酒店, 多家航空公司: a count inside the name
            }
            proper |= isProper(t);
            allSingle &= t.word().length() == 1;
        }
        // characters HanLP could not join into a word (正信, 中铝) are a name the dictionary does not know
        return proper || allSingle && head.length() >= 2 && CoreDictionary.get(head) == null;
    }

    private static boolean isProper(Token t) {
        String w = t.word();
        if (w.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
            return true;
        }
        if (w.length() < 2) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            // a word HanLP put together (上市航空, 新能源汽车) is common if common words make it up; else a name (青禾)
            return !madeOfCommonWords(w);
        }
        int all = 0;
        int proper = 0;
        for (int i = 0; i < a.nature.length; i++) {
            all += a.frequency[i];
            if (PROPER_TAGS.stream().anyMatch(a.nature[i].toString()::startsWith)) {
                proper += a.frequency[i];
            }
        }
        // mostly a name (华为, 海尔, 三星), or a place in this text (日照 is also "sunshine")
        return 3 * proper >= all || t.tag().startsWith("ns");
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
                if (a != null && Arrays.stream(a.nature).noneMatch(n -> PROPER_TAGS.stream().anyMatch(n.toString()::startsWith))) {
                    ok[j] = true;
                }
            }
        }
        return ok[w.length()];
    }

    /** The tokens of the mention; a word reaching across its start (HanLP's 俄银行 of 对俄银行) counts as inside. */
    private static List<Token> tokensOf(OrgMention o, TokenIndex idx) {
        java.util.ArrayList<Token> out = new java.util.ArrayList<>();
        for (Token t : idx.tokens) {
            if (t.span().start() >= o.span().end()) {
                break;
            }
            if (t.span().overlaps(o.span())) {
                out.add(t);
            }
        }
        return out;
    }
}
