package org.newskg.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.newskg.nlp.Token;

/**
 * Whether a company the readers found by its ending (…公司, …集团, …科技, …工厂) is named by something
 * of its own: a proper name among its words (a place, a brand, an abbreviation, a word the dictionary
 * does not know, Latin letters), not only common words (智能工厂, 航空公司, 跨国公司, 犯罪集团), and no
 * count or time (三季度银行, 七国集团, 北京首批酒店). A verb inside is no objection (中华联合财险).
 */
final class CompanyNames {

    private CompanyNames() {
    }

    static boolean hasProperHead(OrgMention o, TokenIndex idx) {
        boolean proper = false;
        Token last = null;
        for (Token t : idx.tokens) {
            if (!o.span().contains(t.span())) {
                if (t.span().start() >= o.span().end()) {
                    break;
                }
                // a word reaching across the start (HanLP's 俄银行 of 对俄银行): its own tag decides below
                if (!t.span().overlaps(o.span())) {
                    continue;
                }
            }
            last = t;
            String tag = t.tag();
            if (tag.startsWith("m") || tag.startsWith("t") || tag.startsWith("q")) {
                return false;
            }
            if (tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt") || tag.startsWith("nz") || tag.equals("j")
                    || tag.equals("nx") || tag.equals("nrf") || t.word().chars().anyMatch(c -> c < 128 && Character.isLetter(c))
                    || t.word().length() >= 2 && CoreDictionary.get(t.word()) == null) {
                proper = true;
            }
        }
        // a name that does not end in a noun (深信服) was read from its context, not from a generic ending
        return proper || last != null && !last.tag().startsWith("n");
    }
}
