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
    private static final String FUNCTION_TAIL = "至第时早增等在和将对为是与及从向被把给让使到于了的也都就还又再并或其作";

    /** Characters of a date, which a name right after a figure cannot start with. */
    private static final String DATE_CHARS = "年月日号";
    /** Characters that make a word for states with a 国 after them (两国, 各国, 外国, 邻国, 我国). */
    private static final String STATES_BEFORE = "两各外多本该邻大强小全我贵敌友他异万诸";
    /** Conjunctions, which join a name to the one before rather than open one (和 is a surname only rarely). */
    private static final String JOINERS = "和与及同跟";
    /** Negations, which open a predicate inside a clause (居/无竹, 可/不行), not a given name. */
    private static final String NEGATION = "无不没未勿";

    private PersonNames() {
    }

    /** A verb of speech after a one-character "surname" (时/表示): the text's words. */
    private static final java.util.regex.Pattern SPEECH_END = java.util.regex.Pattern.compile("(?:表示|指出|强调|认为|介绍|透露|说道)$");
    /** How often the dictionaries must know the first two characters as other than a person's name. */
    private static final long COMMON_WORD = 200;

    /** Whether the first two characters are a word the dictionaries know often, and not as a name (程序, 韩国; not 刘海). */
    private static boolean opensWithACommonWord(String n) {
        String w = n.substring(0, 2);
        long other = 0;
        for (CoreDictionary.Attribute a : new CoreDictionary.Attribute[] {CoreDictionary.get(w),
                com.hankcs.hanlp.dictionary.CustomDictionary.get(w)}) {
            if (a != null) {
                other += org.newskg.nlp.CommonWords.frequency(a, tag -> !tag.startsWith("nr"));
            }
        }
        return other >= COMMON_WORD;
    }

    public static boolean looksWhole(PersonMention p, NameEvidence model) {
        return looksWhole(p, model, "");
    }

    /**
     * The same, with the text after the name: a three-character name whose last character makes a word with the
     * next one (高原医/疗, 计于始/终) was cut out of a longer word; one with 一 inside (和一名) is a count.
     */
    public static boolean looksWhole(PersonMention p, NameEvidence model, String after) {
        return looksWhole(p, model, "", after);
    }

    /**
     * The same, with the character before the name too: a name opening with 年, 月 or 日 right after a figure
     * (1993年/河野) starts inside a date; a name that is an everyday word of the dictionary (夏初, 都来, 曾为)
     * or holds a negation (居无竹) is the text's words, not a name.
     */
    public static boolean looksWhole(PersonMention p, NameEvidence model, String before, String after) {
        String n = p.name();
        if (n.length() == 3 && n.codePoints().allMatch(Chars::isHan) && (opensWithACommonWord(n) || SPEECH_END.matcher(n).find())) {
            return false;   // 程序/上, 韩国/前: a word of the text and the next character, whatever the model says
        }
        if (model.person(p.span())) {
            return true;
        }
        if (!before.isEmpty() && DATE_CHARS.indexOf(n.charAt(0)) >= 0
                && (Character.isDigit(before.charAt(before.length() - 1)) || "〇一二三四五六七八九十".indexOf(before.charAt(before.length() - 1)) >= 0)) {
            return false;
        }
        if (!before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1))) {
            return false;   // 16/强赛中: a name never follows a figure directly
        }
        if (!before.isEmpty() && n.charAt(0) == '国' && STATES_BEFORE.indexOf(before.charAt(before.length() - 1)) >= 0) {
            return false;   // 两/国元首, 各/国代表: the 国 of a word for states read into a name
        }
        if (n.codePoints().allMatch(Chars::isHan) && isEverydayWord(n) || JOINERS.indexOf(n.charAt(0)) >= 0) {
            return false;   // 和埃, 和候任: the 和 of a list read into the next word
        }
        if (n.length() != 3 || !n.codePoints().allMatch(Chars::isHan)) {
            return true;
        }
        if (FUNCTION_TAIL.indexOf(n.charAt(2)) >= 0 || n.charAt(1) == '一' || NEGATION.indexOf(n.charAt(1)) >= 0) {
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

    /** Whether the core dictionary knows the whole name as a word and never as a person's name (夏初/t, 曾为/d). */
    private static boolean isEverydayWord(String n) {
        CoreDictionary.Attribute a = CoreDictionary.get(n);
        if (a == null) {
            return false;
        }
        for (Nature nature : a.nature) {
            if (nature.toString().startsWith("nr")) {
                return false;
            }
        }
        return true;
    }
}
