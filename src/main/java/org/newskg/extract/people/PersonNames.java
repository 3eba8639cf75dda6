package org.newskg.extract.people;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.newskg.extract.Chars;
import org.newskg.extract.PersonMention;
import org.newskg.extract.names.NameEvidence;

/**
 * Whether a person the readers found, with no title chain and no support from the model, is a whole name
 * rather than a fragment across a segmentation error: not ending in a function character (孟津至, 何松第,
 * 夏季增), and not opening with an everyday word or a place (夏季增, 黄金球, 江南早, 彭水汉).
 */
public final class PersonNames {

    /** Characters that end a clause word rather than a given name: 至, 第, 时, 等 … */
    private static final String FUNCTION_TAIL = "至第时早增等在和将对为是与及从向被把给让使到于了的也都就还又再并或";

    private PersonNames() {
    }

    public static boolean looksWhole(PersonMention p, NameEvidence model) {
        return looksWhole(p, model, "");
    }

    /**
     * The same, with the text after the name: a three-character name whose last character makes a word with the
     * next one (高原医/疗, 计于始/终) was cut out of a longer word; one with 一 inside (和一名) is a count.
     */
    public static boolean looksWhole(PersonMention p, NameEvidence model, String after) {
        if (model.person(p.span())) {
            return true;
        }
        String n = p.name();
        if (n.length() != 3 || !n.codePoints().allMatch(Chars::isHan)) {
            return true;
        }
        if (FUNCTION_TAIL.indexOf(n.charAt(2)) >= 0 || n.charAt(1) == '一') {
            return false;
        }
        if (!after.isEmpty() && Chars.isHan(after.charAt(0)) && CoreDictionary.get(n.substring(2) + after.charAt(0)) != null) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(n.substring(0, 2));
        if (a == null) {
            return true;
        }
        for (Nature nature : a.nature) {
            if (nature.toString().startsWith("nr")) {
                return true;    // 欧阳, 司马: a surname or a name
            }
        }
        return false;
    }
}
