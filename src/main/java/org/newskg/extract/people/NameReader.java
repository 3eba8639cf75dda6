package org.newskg.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Chars;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.PersonMention;
import org.newskg.extract.TokenIndex;
import org.newskg.extract.WordSet;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Reads a Chinese personal name at a given place: a surname from the list, then one or two
 * characters of given name, allowing a space between characters (郑 莉). Where the name ends is
 * decided by what follows it: punctuation, a verb of speech or action, a function word, a title.
 */
final class NameReader {

    /** Words that often follow a name in this genre (张某表示, 张某一行, 张某等). */
    private static final List<String> AFTER_NAME = List.of(
            "表示", "指出", "强调", "介绍", "说", "认为", "告诉", "坦言", "透露", "称", "感慨", "笑着", "希望", "要求",
            "主持", "出席", "参加", "陪同", "讲话", "致辞", "发言", "带队", "率队", "率团", "一行", "等", "同志", "先生",
            "女士", "在", "到", "赴", "来", "前往", "深入", "现场", "调研", "考察", "走访", "看望", "慰问", "参观", "听取",
            "检查", "督导", "会见", "宣布", "代表", "为", "是", "的", "对", "将", "作", "和", "与", "及", "也", "都", "就",
            "还", "又", "亲自", "带领", "率领", "会同", "一起", "共同", "分别", "先后", "上榜", "获得", "荣获", "入选",
            "被", "从", "向", "以", "任", "担任", "兼任", "通报", "汇报", "解读", "答", "回答", "出任", "当选", "获",
            "接受", "签署", "签约", "颁发", "颁奖", "揭牌", "启动", "提出", "主讲", "授课", "作报告", "则", "已", "曾",
            "正", "便", "却", "所", "个人", "本人", "家", "夫妇", "老师", "教授", "书记", "表", "摄", "致", "小姐");
    private static final WordSet AFTER_NAME_WORDS = new WordSet(AFTER_NAME);
    /** Single characters that end a name rather than belong to it when a shorter reading also fits. */
    private static final String FUNCTION_CHARS = "等在和与及是的了也都就还又对将为向到说率赴来从被以致";
    private static final Set<String> COMMON_TAGS = Set.of("n", "v", "vn", "vi", "a", "ad", "d", "t", "m", "f", "s", "p",
            "c", "cc", "r", "q", "b", "vd", "an", "nnt", "ns", "nsf", "nt", "nis", "nz", "vf", "vx", "rz", "rr", "ry",
            "mq", "ng", "gi", "gm", "gg", "nf", "nit", "nnd", "l", "i", "z", "dl", "al", "vl", "nl", "bl");

    /** Last characters of place names, which a person's name read as a place (李某东/ns) lacks. */
    private static final String PLACE_ENDS = "省市区县镇乡村州路街山河湖岛港湾庄屯营寨堡桥";

    private final PeopleLexicon lex;
    private final TitleVocabulary titles;

    NameReader(PeopleLexicon lex, TitleVocabulary titles) {
        this.lex = lex;
        this.titles = titles;
    }

    /**
     * A name starting at {@code p}. {@code strong} says the context already announces a name
     * (after a title, after 记者): then a name is taken on HanLP's word or on the surname alone.
     */
    /** Characters that open a count (两位, 三名, 候补 is not one). */
    private static final String COUNT_CHARS = "一二两三四五六七八九十几多数各";

    Optional<PersonMention> read(TokenIndex idx, int p, boolean strong) {
        String text = idx.text;
        List<int[]> chars = hanRun(text, p, 4); // each: {offset, codePoint}
        if (chars.size() < 2) {
            return Optional.empty();
        }
        int surname = surnameLength(chars);
        // 委员和两位专家: a list's joint, or a count, where a surname could start
        boolean joint = "和与及".indexOf(text.charAt(p)) >= 0 && chars.size() > 1 && COUNT_CHARS.indexOf(text.charAt(chars.get(1)[0])) >= 0;
        if (surname == 0 || joint) {
            return Optional.empty();
        }
        int best = 0;
        int bestStrength = 0;
        for (int n = Math.min(chars.size(), surname + 2); n >= surname + 1; n--) {
            int strength = cueStrength(idx, endOf(chars, n));
            if (n == surname + 2 && FUNCTION_CHARS.indexOf(text.charAt(chars.get(n - 1)[0])) >= 0) {
                strength = Math.min(strength, 0);
            }
            if (strength > bestStrength) {
                best = n;
                bestStrength = strength;
            }
        }
        if (best == 0) {
            Token t = idx.at(p) >= 0 ? idx.token(idx.at(p)) : null;
            if (strong && t != null && t.isPerson() && t.span().start() == p && t.word().length() >= 2
                    && t.word().length() <= 3) {
                best = t.word().length();
                if (best > chars.size() || endOf(chars, best) != t.span().end()) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        int end = endOf(chars, best);
        String name = WHITESPACE.matcher(text.substring(p, end)).replaceAll("");
        if (!plausible(idx, p, end, name, strong)) {
            return Optional.empty();
        }
        return Optional.of(new PersonMention(new Span(p, end), name));
    }

    boolean endsName(TokenIndex idx, int end) {
        return cueStrength(idx, end) > 0;
    }

    /**
     * How surely a name ends at {@code end}: 3 for punctuation, a space or the end of the text, else the
     * length of the longest word that follows names there (表示 beats 为), 0 when none.
     */
    int cueStrength(TokenIndex idx, int end) {
        String text = idx.text;
        if (end >= text.length()) {
            return 3;
        }
        char c = text.charAt(end);
        if (Chars.isBreak(c) || Chars.isSpace(c)) {
            return 3;
        }
        int best = titles.anyStartingAt(text, end) > 0 ? 2 : 0;
        int after = WordSet.highest(AFTER_NAME_WORDS.startingAt(text, end, text.length()));
        return Math.max(best, Math.min(3, after));
    }

    /** Characters that, standing second in a reading, show it is a surname-like character and a function word (都是, 时也). */
    private static final String NOT_GIVEN_NAME = "的了是在也都和与及仍就还又被把将对总某";
    /** Surname plus a form of address rather than a given name (王总, 李书记, 张局). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            ".(总|董|局|老|工|某|姐|哥|师傅|书记|主任|博士|硕士|同学|律师|记者|处|科|部长|局长|厅长|市长|县长|区长|镇长|院长|校长|经理|老师|教授|医生|大夫|先生|女士|小姐|阿姨|大爷|大妈|师|队|所|家|氏)");

    /** Tags of words that carry a sentence on (verbs, adverbs, conjunctions), never a surname's word. */
    static final Set<String> SENTENCE_TAGS = Set.of("v", "vn", "vi", "vd", "vf", "vx", "d", "ad", "p", "c", "cc");

    /**
     * Even after a title the reading is a piece of the sentence: it opens with a verb or adverb of two or
     * more characters (博士毕业后, 村民成立合作社), or with a conjunction or verb followed by one common word
     * (学者和嘉宾, 共祝祖国).
     */
    private static boolean sentencePiece(TokenIndex idx, int k, int p, int end) {
        Token t = idx.token(k);
        if (t.span().start() != p) {
            return false;
        }
        if (t.word().length() >= 2 && SENTENCE_TAGS.contains(t.tag()) && !t.isPerson()) {
            return true;
        }
        if (t.word().length() == 1 && SENTENCE_TAGS.contains(t.tag()) && k + 1 < idx.tokens.size()) {
            Token rest = idx.token(k + 1);
            return rest.word().length() >= 2 && rest.span().end() == end && !rest.isPerson() && COMMON_TAGS.contains(rest.tag());
        }
        return false;
    }

    /** Characters HanLP's guessed names and sentence pieces hold, never given names (党正在, 储气库, 乌方则称). */
    private static final String NEVER_GIVEN = "在则称段库后余即致省市县区镇局委厅站所届期亿吨号厂店馆室";

    boolean plausibleShape(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (NEVER_GIVEN.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        if (name.length() == 2 && (name.charAt(0) == name.charAt(1) || name.charAt(1) == '方')) {
            return false; // 周周, 韩方 (the Korean side)
        }
        if ("村镇区县市省讯会乡街路河堡庄屯营寨桥湾港".indexOf(name.charAt(name.length() - 1)) >= 0 || name.charAt(0) == name.charAt(1)) {
            return false;
        }
        return !(name.length() >= 2 && NOT_GIVEN_NAME.indexOf(name.charAt(1)) >= 0 || ADDRESS.matcher(name).matches());
    }

    /** Surname characters that are also measure words (张, 元, 位): after a number they count things (37张, 5元). */
    private static final String MEASURE_SURNAMES = "张条位名元家个支包台项双";
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两几数";

    static boolean countedAfterNumber(String text, int p) {
        return p > 0 && p < text.length() && NUMERALS.indexOf(text.charAt(p - 1)) >= 0 && MEASURE_SURNAMES.indexOf(text.charAt(p)) >= 0;
    }

    boolean plausible(TokenIndex idx, int p, int end, String name, boolean strong) {
        if (!plausibleShape(name) || countedAfterNumber(idx.text, p)) {
            return false;
        }
        if (name.length() >= 2 && NOT_GIVEN_NAME.indexOf(name.charAt(1)) >= 0 || ADDRESS.matcher(name).matches()) {
            return false;
        }
        if (name.length() < 2 || name.length() > 4 || lex.nameStopwords.contains(name) || titles.isTitle(name)
                || titles.isOccupation(name) || lex.places.contains(name) || lex.orgEndings.containsKey(name)) {
            return false;
        }
        if (titles.anyStartingAt(name, 1) > 0 && titles.anyStartingAt(name, 1) == name.length() - 1) {
            return false; // 副主任 read as 副 + 主任
        }
        int k = idx.at(p);
        if (k >= 0 && sentencePiece(idx, k, p, end)) {
            return false;
        }
        if (k >= 0) {
            Token t = idx.token(k);
            boolean common = !t.isPerson() && t.word().length() >= 2 && COMMON_TAGS.contains(t.tag())
                    && !(strong && t.isPlace() && !t.tag().equals("nsf") && t.word().length() == 3 && !PLACE_ENDS.contains(t.word().substring(2)));
            if (common && t.span().start() == p && t.span().end() >= end) {
                return false; // the whole reading is one ordinary word
            }
            if (common && t.span().start() < p && t.span().end() > p && !strong) {
                return false; // the surname is the tail of another word
            }
            if (common && t.span().start() == p && !strong) {
                return false;
            }
        }
        return true;
    }

    /** Up to {@code max} Han characters from {@code p}, single spaces between them skipped. */
    static List<int[]> hanRun(String text, int p, int max) {
        List<int[]> out = new ArrayList<>();
        int i = p;
        while (i < text.length() && out.size() < max) {
            int cp = text.codePointAt(i);
            if (Chars.isHan(cp)) {
                out.add(new int[] {i, cp});
                i += Character.charCount(cp);
            } else if (!out.isEmpty() && Chars.isSpace(text.charAt(i)) && i + 1 < text.length()
                    && Chars.isHan(text.codePointAt(i + 1)) && !Chars.isSpace(text.charAt(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        return out;
    }

    private int surnameLength(List<int[]> chars) {
        if (chars.size() >= 3) {
            String two = new String(Character.toChars(chars.get(0)[1])) + new String(Character.toChars(chars.get(1)[1]));
            if (lex.isSurname(two)) {
                return 2;
            }
        }
        return lex.isSurname(new String(Character.toChars(chars.get(0)[1]))) ? 1 : 0;
    }

    static int endOf(List<int[]> chars, int n) {
        int[] last = chars.get(n - 1);
        return last[0] + Character.charCount(last[1]);
    }
}
