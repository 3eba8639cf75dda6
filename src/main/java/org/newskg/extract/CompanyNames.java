package org.newskg.extract;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;

/**
 * Whether a company the readers found by its ending (…公司, …集团, …科技, …工厂) is named by something
 * of its own: a proper name among the words before the ending (a place, a brand, an abbreviation, a word
 * the dictionary does not know, Latin letters), not only common words (智能工厂, 航空公司, 跨国公司, 犯罪集团),
 * and no count or time (三季度银行, 七国集团, 北京首批酒店). Characters HanLP could not join into a word (正信, 中铝) are such a word.
 */
final class CompanyNames {

    /** Characters that open a count (七国集团, 两家公司, 首批酒店). */
    private static final String COUNT_START = "一二两三四五六七八九十百千首每各某该几";
    /** Word classes of proper names in HanLP's tag set (not abbreviations: 高新, 汽配 are common words). */
    private static final List<String> PROPER_TAGS = List.of("ns", "nr", "nt", "nz", "nx", "nrf", "nrj");

    private CompanyNames() {
    }

    static boolean hasProperHead(OrgMention o, TokenIndex idx) {
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
            if (t.word().length() >= 2 && (tag.equals("m") || tag.equals("mq") || tag.equals("q"))) {
                return false;
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
        if (PROPER_TAGS.stream().anyMatch(t.tag()::startsWith)) {
            return true;
        }
        if (w.length() < 2) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            return true;    // a word the dictionary does not know is a name of its own (青禾, 高远)
        }
        for (Nature n : a.nature) {
            if (PROPER_TAGS.stream().anyMatch(n.toString()::startsWith)) {
                return true;    // 浪潮 is also a brand (nz), 日照 a city
            }
        }
        return false;
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
