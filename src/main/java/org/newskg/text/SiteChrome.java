package org.newskg.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The furniture around a story: a news site's breadcrumb, publication and source lines, font
 * switches, print and close links, the editor's line; a newspaper's masthead date. Such lines are
 * dropped from the text; the publication date they state is kept.
 */
public final class SiteChrome {

    private static final Pattern CHROME = Pattern.compile(
            "^(?:首页\\s*[>＞›»/]|当前位置[:：]|您的位置[:：]|你的位置[:：]|位置[:：]\\s*首页)"
            + "|(?:发布时间|发布日期|发表时间|更新时间|信息来源|文章来源|浏览次数|阅读次数|点击次数|点击数|访问次数|责任编辑|编辑[:：]|审核[:：]|校对[:：])"
            + "|^来源[:：]|【\\s*字体[:：]|字号[:：]\\s*[大中小]|^[【\\[]?\\s*(?:打印本页|关闭窗口|打印|关闭|返回顶部|收藏本页|分享到)\\s*[】\\]]?$"
            + "|打印本页|关闭窗口|^分享到[:：]?|^扫一扫");
    private static final Pattern STATED = Pattern.compile(
            "(?:发布时间|发布日期|发表时间|时间|日期)\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern MASTHEAD = Pattern.compile(
            "((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日\\s*(?:星期|周|礼拜)[一二三四五六日天]");
    /** A masthead line on its own: the date and weekday, perhaps a page number and the edition. */
    private static final Pattern MASTHEAD_LINE = Pattern.compile(
            "^[^。，！？]{0,30}(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日\\s*(?:星期|周|礼拜)[一二三四五六日天][^。，！？]{0,40}$");

    private SiteChrome() {
    }

    /** The text without chrome lines; line breaks of the rest are kept. */
    public static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end);
            String t = line.strip();
            if (!(t.length() <= 200 && (CHROME.matcher(t).find() || MASTHEAD_LINE.matcher(t).matches()))) {
                out.append(line);
            }
            if (end < n) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** The publication date a page states (发布时间：2023-11-29, a dated masthead), if any. */
    public static Optional<LocalDate> statedDate(String text) {
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        Matcher m = STATED.matcher(head);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) {
                return d;
            }
        }
        m = MASTHEAD.matcher(head);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String y, String mo, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
