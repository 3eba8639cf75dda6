package org.newskg.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credits of a news site's article and the names in them: the header's 作者：/撰稿： fields,
 * the opening credit's parenthesis ({@code 大众网东营3月22日讯(通讯员 陈士钊)}), credit lines after
 * the story ({@code 【全媒体记者】蒋才虎 余佩}, {@code 编辑 范磊}, {@code [编辑:孔志华]}) and a closing
 * parenthesis ({@code (记者 张航 通讯员 董相呈)}, {@code (汾西融媒 付燕保)}).
 */
final class WebBylines {

    /** Words that say what a credited person did; a prefix names the kind of reporter. */
    private static final String ROLE = "(?:全媒体|融媒体|首席|特约|见习|实习|本网|本报|本台|驻[\\p{IsHan}]{1,4})?"
            + "(?:记者|通讯员|实习生|撰稿人|撰稿|责任编辑|初审编辑|编辑|摄影|摄像|作者|文/图|图/文|文图|图文)";
    private static final Pattern ROLE_WORD = Pattern.compile(ROLE);
    /** A header field naming people: 作者：昌赛 公莉, 撰稿:汪桂云 (up to the next field or a date). */
    private static final Pattern HEADER_CREDIT = Pattern.compile(
            "(?:作者|撰稿|记者|通讯员|编辑|责任编辑)\\s*[:：]\\s*([\\p{IsHan}][\\p{IsHan}\\s、，,]{0,30}?)(?=\\s*(?:来源|发布|发表|时间|日期|浏览|编辑|责任|$|\\d))");
    /** A line that is nothing but credits: 【通讯员】黄赟 冯晓铭, 编辑 范磊, [编辑:孔志华], (记者 王某). */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^[\\[【（(]?\\s*" + ROLE + "(?:\\s*[\\]】）)]\\s*[:：]?|\\s*[:：]|\\s)\\s*[\\p{IsHan}]{1,4}(?:[\\s、，,]+(?:" + ROLE + "\\s*[:：]?\\s*)?[\\p{IsHan}]{1,4})*\\s*[\\]】）)]?$");
    private static final Pattern OPENING_PAREN = Pattern.compile("[（(]([^（()）]{2,60})[）)]");
    /** An outlet's credit closing a story: (汾西融媒 付燕保), （XX日报 王某 李某）. */
    private static final Pattern OUTLET_CLOSING = Pattern.compile(
            "[（(][\\p{IsHan}]{2,12}?(?:融媒体中心|融媒|日报|晚报|新闻网|新闻中心|电视台|广播电视台|网)\\s+"
            + "([\\p{IsHan}]{2,3}(?:\\s+[\\p{IsHan}]{2,3}){0,3})[）)]$");
    private static final Pattern ROLE_CLOSING = Pattern.compile("[（(]\\s*(" + ROLE + "[^（()）]{2,40})[）)]$");
    private static final Set<String> NOT_NAMES = Set.of("报道", "摄", "供图", "本报", "本网", "记者", "通讯员", "编辑",
            "来源", "发布", "综合", "整理", "网络", "收录", "网络收录", "本站", "原创", "转载", "佚名", "未知");

    private WebBylines() {
    }

    /** Names in the header fields of one line ({@code 作者:昌赛 公莉  2022-09-21 20:01:23}). */
    static List<String> headerNames(String line) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = HEADER_CREDIT.matcher(line);
        while (m.find()) {
            addNames(m.group(1), out);
        }
        return List.copyOf(out);
    }

    /** Whether a whole line is a credit (and so no part of the story's text). */
    static boolean isCreditLine(String line) {
        return line.length() <= 40 && CREDIT_LINE.matcher(line).matches();
    }

    /** Names of a credit line, after its role words. */
    static List<String> creditNames(String line) {
        return namesAfterRole(line);
    }

    /** Names in the parenthesised credit near a story's start ({@code …讯(记者 胡德光)}). */
    static List<String> openingNames(String paragraph) {
        String head = paragraph.length() > 90 ? paragraph.substring(0, 90) : paragraph;
        Matcher m = OPENING_PAREN.matcher(head);
        if (m.find() && ROLE_WORD.matcher(m.group(1)).find()) {
            return namesAfterRole(m.group(1));
        }
        return List.of();
    }

    /** Names in a credit closing a paragraph ({@code …新局面。(记者 张航 通讯员 董相呈)}). */
    static List<String> closingNames(String paragraph) {
        String t = paragraph.strip().replaceFirst("[|｜\\s]+$", "");
        Matcher m = ROLE_CLOSING.matcher(t);
        if (m.find()) {
            return namesAfterRole(m.group(1));
        }
        m = OUTLET_CLOSING.matcher(t);
        if (m.find()) {
            Set<String> out = new LinkedHashSet<>();
            addNames(m.group(1), out);
            return List.copyOf(out);
        }
        return List.of();
    }

    /** The names after the first role word: what comes before it names an outlet, not a person. */
    static List<String> namesAfterRole(String credit) {
        Matcher m = ROLE_WORD.matcher(credit);
        if (!m.find()) {
            return List.of();
        }
        String rest = ROLE_WORD.matcher(credit.substring(m.start())).replaceAll(" ");
        Set<String> out = new LinkedHashSet<>();
        addNames(rest, out);
        return List.copyOf(out);
    }

    private static void addNames(String s, Set<String> out) {
        String t = s.replaceAll("[\\[\\]【】（）()：:·/、，,;；|]", " ");
        List<String> singles = new ArrayList<>();
        for (String tok : t.strip().split("\\s+")) {
            if (tok.length() == 1 && TextNormalizer.isHan(tok.charAt(0))) {
                singles.add(tok);          // a name spaced out as 郑 莉
                continue;
            }
            flush(singles, out);
            add(tok, out);
        }
        flush(singles, out);
    }

    private static void flush(List<String> singles, Set<String> out) {
        if (singles.size() >= 2 && singles.size() <= 3) {
            add(String.join("", singles), out);
        }
        singles.clear();
    }

    private static void add(String tok, Set<String> out) {
        if (tok.length() >= 2 && tok.length() <= 4 && tok.codePoints().allMatch(TextNormalizer::isHan)
                && !NOT_NAMES.contains(tok) && !tok.endsWith("报道")) {
            out.add(tok);
        }
    }
}
