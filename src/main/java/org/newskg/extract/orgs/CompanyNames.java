package org.newskg.extract.orgs;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.DictionaryNames;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PeopleLexicon;
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

    /** A count inside the words before the ending (卡塔尔一座天然气工厂, 美国两家银行). */
    private static final Pattern COUNT_INSIDE = Pattern.compile("[一二两三四五六七八九十百千几数多][座家个批所类种项条台]");
    /** Words right before the ending that say which companies, not what one is called. */
    private static final Set<String> DESCRIPTORS = Set.of(
            "上市", "涉事", "涉案", "相关", "有关", "当地", "本地", "外资", "中资", "跨国", "国有", "民营", "大型", "知名", "龙头",
            "央企", "国企");
    /** Endings that alone after a place name a country's or a city's firms at large. */
    private static final Set<String> BARE_ENDINGS = Set.of("银行", "公司", "集团", "企业", "工厂");

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
        if (head.isEmpty() || COUNT_START.indexOf(head.charAt(0)) >= 0 || COUNT_INSIDE.matcher(head).find()
                || head.contains("最") || head.endsWith("原") || head.contains("第")) {
            // 欧洲最大廉价航空公司, …银行原公司, 瑞士第二大银行集团: descriptions
            return false;
        }
        List<Token> headTokens = inside.size() > 1 ? inside.subList(0, inside.size() - 1) : HanlpSegmenter.instance().segment(head);
        String lastHead = headTokens.get(headTokens.size() - 1).word();
        String beforeEnding = name.length() > 2 ? name.substring(0, name.length() - 2) : "";
        boolean described = DESCRIPTORS.contains(lastHead) || DESCRIPTORS.stream().anyMatch(beforeEnding::endsWith);
        if (described || headTokens.stream().anyMatch(t -> t.tag().equals("v") && t.word().length() >= 2)) {
            return false;   // 北交所上市公司, 涉事铁路公司: which companies, not a name; 会提高大病保险: a clause
        }
        boolean placeOnly = headTokens.stream().allMatch(t -> t.tag().startsWith("ns"));
        if (placeOnly && BARE_ENDINGS.contains(name.substring(head.length())) && !PeopleLexicon.get().companyNames.contains(name)) {
            return false;   // 德国银行, 美国公司: a country's banks or companies, unless the bank is so named (中国银行)
        }
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
        // or a known word that is a place in this text (日照 is also "sunshine")
        return DictionaryNames.namesSomething(w) || CoreDictionary.get(w) != null && t.tag().startsWith("ns");
    }

    /** The tokens of the mention; a word reaching across its start (HanLP's 俄银行 of 对俄银行) counts as inside. */
    private static List<Token> tokensOf(OrgMention o, TokenIndex idx) {
        java.util.ArrayList<Token> out = new java.util.ArrayList<>();
        int first = -1;
        for (int c = o.span().start(); c < o.span().end() && first < 0; c++) {
            first = idx.at(c);
        }
        // from the first token covering the mention, not from the text's start: this runs for every company
        for (int k = Math.max(first, 0); first >= 0 && k < idx.tokens.size(); k++) {
            Token t = idx.token(k);
            if (t.span().start() >= o.span().end()) {
                break;
            }
            out.add(t);
        }
        return out;
    }
}
