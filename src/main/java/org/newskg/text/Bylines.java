package org.newskg.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines, datelines and credit lines of this genre, and the names in them:
 * {@code 本报讯（记者 王威晨 通讯员 杜军辉）}, {@code □ 本报记者 栗晨皓} + {@code 本报通讯员 王斌 彭莎},
 * {@code □记 者 郑 莉 通讯员 王 燕 报道}, {@code ◎本报记者 孙艺嘉 王威晨}, {@code 本报威海讯}, {@code 纪哲 摄}.
 */
public final class Bylines {

    /** Role words, allowing the spaces a PDF puts inside them (记 者). */
    private static final String ROLE = "(?:(?:本报|[\\p{IsHan}]{2,6}报|[\\p{IsHan}]{2,6}台|首席|特约|见习|驻[\\p{IsHan}]{1,4})\\s?)?"
            + "(?:记\\s?者|通\\s?讯\\s?员|实\\s?习\\s?生|摄\\s?影(?:记\\s?者)?|特\\s?约\\s?撰\\s?稿|撰\\s?稿|编\\s?辑)";
    private static final Pattern MARKED_LINE = Pattern.compile("^[□■◎●◆▲]\\s*" + ROLE + "(?:\\s|$)");
    private static final Pattern ROLE_LINE = Pattern.compile("^" + ROLE + "\\s+[\\p{IsHan}]");
    private static final Pattern INLINE_MARK = Pattern.compile("[□■◎●]\\s*" + ROLE + "\\s");
    private static final Pattern ROLE_WORD = Pattern.compile(ROLE);
    private static final Pattern NAMES_THEN_REPORTED = Pattern.compile("^[\\p{IsHan}\\s]{2,24}报道$");
    /** A newspaper's own dateline word: 本报讯, 本报威海讯, 威海日报讯. */
    private static final String PAPER_DATELINE = "(?:本报[\\p{IsHan}]{0,8}?讯|[\\p{IsHan}]{2,8}(?:日报|晚报)讯)";
    /** The dateline that opens a story: 本报讯（记者 …） or 本报威海讯. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*" + PAPER_DATELINE);
    private static final Pattern DATELINE_PAREN = Pattern.compile("^\\s*" + PAPER_DATELINE + "\\s*[（(]([^）)]{2,60})[）)]");
    private static final Pattern REGION = Pattern.compile("本报([\\p{IsHan}]{2,8}?)讯");
    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|[。\\s）)])(?:(?:本报)?记者\\s?|通讯员\\s?)?([\\p{IsHan}]{1,3}(?:\\s?[\\p{IsHan}]){1,3})\\s?(?:摄影?|/摄|供图)$");
    private static final Pattern CREDIT_PREFIX = Pattern.compile("^(?:摄影|图)\\s*[:：/]\\s*([\\p{IsHan}]{2,4}(?:\\s+[\\p{IsHan}]{2,4})*)$");
    private static final Set<String> NOT_NAMES = Set.of("报道", "本报", "记者", "通讯员", "实习生", "摄影", "摄", "供图",
            "文", "图", "文图", "图文", "综述", "日报", "编辑", "撰稿", "特约", "见习");

    private static final String CREDIT_PAREN = "\\s*[（(][^）)\\n]{0,40}[）)]";
    /**
     * The credit an agency or outlet opens a story with: 央视网消息（新闻联播）：, 本报讯（记者 …）,
     * 本报威海讯, 新华社北京3月5日电（记者 …）, 人民网济南6月1日电. The outlet named there is who
     * reports, not what the story is about.
     */
    private static final Pattern OPENING_CREDIT = Pattern.compile("^\\s*(?:"
            // 央视网消息（新闻联播）： needs its parenthesis or colon, so 通讯 in a sentence is no credit
            + "[\\p{IsHan}A-Za-z]{1,12}?(?:消息|讯)(?:" + CREDIT_PAREN + "\\s*[：:]?|\\s*[：:])"
            + "|" + PAPER_DATELINE + "(?:" + CREDIT_PAREN + ")?"
            + "|[\\p{IsHan}]{1,8}?(?:社|网|报|台|站)[\\p{IsHan}]{0,8}?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月"
            + "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯|消息)(?:" + CREDIT_PAREN + ")?\\s*[：:]?"
            + ")");

    private Bylines() {
    }

    /** Where the opening credit of {@code text} ends ({@link #OPENING_CREDIT}), or 0 without one. */
    public static int openingCreditEnd(String text) {
        String head = text.length() > 120 ? text.substring(0, 120) : text;
        Matcher m = OPENING_CREDIT.matcher(head);
        return m.find() ? m.end() : 0;
    }

    /** A line that is a byline on its own ({@code □ 记者 X 报道}, {@code 本报通讯员 Y Z}). */
    public static boolean isBylineLine(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 48 || hasSentencePunct(t)) {
            return false;
        }
        return MARKED_LINE.matcher(t).find() || ROLE_LINE.matcher(t).find();
    }

    /** The continuation of a byline broken over lines: names ending with 报道 ({@code 杜晓莹 报道}). */
    public static boolean isBylineTail(String line) {
        String t = line.strip();
        return t.length() <= 24 && NAMES_THEN_REPORTED.matcher(t).matches();
    }

    /** Where a byline marker starts inside a line ({@code ——综述 ◎本报记者 孙艺嘉}), or -1. */
    public static int inlineBylineStart(String line) {
        Matcher m = INLINE_MARK.matcher(line);
        return m.find() && m.start() > 0 ? m.start() : -1;
    }

    /** Whether a paragraph opens with a dateline ({@code 本报讯}, {@code 本报日照讯}). */
    public static boolean startsWithDateline(String paragraph) {
        return DATELINE.matcher(paragraph).find();
    }

    /** The place of a dateline: {@code 本报威海讯} gives 威海. */
    public static Optional<String> region(String text) {
        String head = text.length() > 200 ? text.substring(0, 200) : text;
        Matcher m = REGION.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Names in the parenthesised byline of a dateline ({@code 本报讯（记者 王威晨 通讯员 杜军辉）}). */
    public static List<String> datelineNames(String paragraph) {
        Matcher m = DATELINE_PAREN.matcher(paragraph);
        return m.find() && ROLE_WORD.matcher(m.group(1)).find() ? names(m.group(1)) : List.of();
    }

    /** A photo credit or caption line ending in {@code X 摄}. */
    public static boolean isCreditLine(String line) {
        String t = line.strip();
        return t.length() <= 80 && (CREDIT.matcher(t).find() || CREDIT_PREFIX.matcher(t).matches());
    }

    public static List<String> creditNames(String line) {
        String t = line.strip();
        Matcher m = CREDIT.matcher(t);
        if (m.find()) {
            return names(m.group(1));
        }
        m = CREDIT_PREFIX.matcher(t);
        return m.matches() ? names(m.group(1)) : List.of();
    }

    /**
     * The person names in a byline: role words and markers removed, single characters that a PDF
     * spaced apart ({@code 郑 莉}) joined back, anything that is not 2 to 4 Han characters dropped.
     */
    public static List<String> names(String byline) {
        String t = byline.replaceAll("[□■◎●◆▲（）()]", " ");
        t = t.replaceAll("(摄影)?报道\\s*$", " ");
        t = ROLE_WORD.matcher(t).replaceAll(" | ");
        t = t.replaceAll("[、，,;；/]", " ");
        Set<String> out = new LinkedHashSet<>();
        for (String group : t.split("\\|")) {
            List<String> tokens = new ArrayList<>();
            for (String tok : group.strip().split("\\s+")) {
                if (!tok.isEmpty()) {
                    tokens.add(tok);
                }
            }
            StringBuilder single = new StringBuilder();
            for (String tok : tokens) {
                if (tok.length() == 1 && TextNormalizer.isHan(tok.charAt(0))) {
                    single.append(tok);
                    continue;
                }
                flushSingles(single, out);
                addName(tok, out);
            }
            flushSingles(single, out);
        }
        return List.copyOf(out);
    }

    private static void flushSingles(StringBuilder single, Set<String> out) {
        if (single.length() >= 2) {
            addName(single.toString(), out);
        }
        single.setLength(0);
    }

    private static void addName(String tok, Set<String> out) {
        if (tok.length() >= 2 && tok.length() <= 4 && tok.codePoints().allMatch(TextNormalizer::isHan)
                && !NOT_NAMES.contains(tok)) {
            out.add(tok);
        }
    }

    static boolean hasSentencePunct(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '，' || c == '；' || c == ',') {
                return true;
            }
        }
        return false;
    }
}
