package org.newskg.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one page of a news site: the header before the story (menus, breadcrumb, headline, the
 * source, date and author fields), the story's paragraphs, and the credits and teasers after it.
 * The story starts at the first paragraph that reads as prose; the headline is the last
 * headline-like line above it that the header's fields follow; the date is the header's.
 */
public final class WebArticleReader {

    /** Where the story starts: a line of prose (a sentence end, or a long line). */
    private static final int PROSE_LENGTH = 80;
    private static final int MAX_HEADLINE = 80;
    /** The header a site prints above its story is this many lines at most. */
    private static final int MAX_HEADER_LINES = 40;
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(\\s*\\d{1,2}:\\d{2})?(\\s*(?:星期|周|礼拜)[一二三四五六日天])?");
    private static final Pattern DATE_LABEL = Pattern.compile("(?:发布时间|发布日期|发表时间|更新时间|时间|日期)\\s*[:：]\\s*$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[•·●■◆▪►▶\\-—|｜\\s]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[|｜\\s]+$");

    private WebArticleReader() {
    }

    public static WebArticle read(String text) {
        String[] raw = text.split("\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String l : raw) {
            String t = l.strip();
            if (!t.isEmpty()) {
                lines.add(t);
            }
        }
        int bodyStart = bodyStart(lines);
        List<String> header = lines.subList(0, bodyStart);
        Set<String> reporters = new LinkedHashSet<>();
        for (String h : header) {
            reporters.addAll(WebBylines.headerNames(h));
            if (WebBylines.isCreditLine(h)) {
                reporters.addAll(WebBylines.creditNames(h));
            }
        }
        List<String> body = new ArrayList<>();
        for (int i = bodyStart; i < lines.size(); i++) {
            String l = lines.get(i);
            if (WebChrome.endsStory(l)) {
                break;
            }
            if (WebBylines.isCreditLine(l)) {
                reporters.addAll(WebBylines.creditNames(l));
                continue;
            }
            if (WebChrome.isBodyChrome(l) || WebChrome.isBreadcrumb(l) && l.length() < 40) {
                continue;
            }
            if (body.isEmpty()) {
                reporters.addAll(WebBylines.openingNames(l));
            }
            reporters.addAll(WebBylines.closingNames(l));
            body.add(l);
        }
        return new WebArticle(headline(header), date(header), List.copyOf(reporters), String.join("\n", body),
                String.join("\n", header));
    }

    /** The first line of prose that no header field or menu is. */
    private static int bodyStart(List<String> lines) {
        int limit = Math.min(lines.size(), MAX_HEADER_LINES);
        for (int i = 0; i < limit; i++) {
            String l = lines.get(i);
            if (isProse(l) && !WebChrome.isBreadcrumb(l) && !(WebChrome.isHeaderField(l) && l.length() < PROSE_LENGTH)) {
                return i;
            }
        }
        // no prose in the header's reach: the page is its story, as it stands
        return 0;
    }

    private static boolean isProse(String l) {
        return l.indexOf('。') >= 0 || l.indexOf('！') >= 0 || l.indexOf('？') >= 0 || l.length() >= PROSE_LENGTH;
    }

    /** The last headline-like line above the header's last field, else above the story. */
    private static String headline(List<String> header) {
        int lastField = -1;
        for (int i = 0; i < header.size(); i++) {
            if (WebChrome.isHeaderField(header.get(i)) && !WebChrome.isDateLine(header.get(i)) || isAuthorLine(header.get(i))) {
                lastField = i;
            }
        }
        if (lastField < 0) {
            for (int i = 0; i < header.size(); i++) {
                if (WebChrome.isDateLine(header.get(i))) {
                    lastField = i;
                }
            }
        }
        int end = lastField >= 0 ? lastField : header.size();
        String found = "";
        for (int i = 0; i < end; i++) {
            String h = headlineText(header.get(i));
            if (!h.isEmpty()) {
                found = h;
            }
        }
        if (found.isEmpty() && lastField >= 0) {
            // a header that prints its fields first (date, then headline, then author)
            for (int i = lastField + 1; i < header.size() && found.isEmpty(); i++) {
                found = headlineText(header.get(i));
            }
        }
        return found;
    }

    private static boolean isAuthorLine(String l) {
        return !WebBylines.headerNames(l).isEmpty();
    }

    /** The line as a headline, or empty when it is no headline (a menu, a field, a credit). */
    private static String headlineText(String line) {
        String t = TRAILING_MARKS.matcher(LEADING_MARKS.matcher(line).replaceFirst("")).replaceFirst("");
        if (t.length() < 5 || t.length() > MAX_HEADLINE || t.indexOf('。') >= 0 || WebChrome.isBreadcrumb(t)
                || WebChrome.isHeaderField(t) || WebBylines.isCreditLine(t) || t.matches(".*(?:记者|通讯员|编辑)$")) {
            return "";
        }
        int han = 0;
        for (int i = 0; i < t.length(); i++) {
            if (TextNormalizer.isHan(t.charAt(i))) {
                han++;
            }
        }
        return han * 2 >= t.length() ? t : "";
    }

    /**
     * The header's publication date: a labelled date, one with a clock time or on the source or
     * author line ranks first; a date alone on its line next; a date with a weekday last, since a
     * site's top bar shows today's date that way.
     */
    static Optional<LocalDate> date(List<String> header) {
        LocalDate best = null;
        int bestRank = 0;
        for (int i = 0; i < header.size(); i++) {
            String l = header.get(i);
            Matcher m = DATE.matcher(l);
            while (m.find()) {
                Optional<LocalDate> d = SiteChrome.date(m.group(1), m.group(2), m.group(3));
                if (d.isEmpty()) {
                    continue;
                }
                String before = l.substring(0, m.start());
                int rank;
                if (DATE_LABEL.matcher(before).find() || m.group(4) != null || l.contains("来源") || isAuthorLine(l)) {
                    rank = 3;
                } else if (m.group(5) != null) {
                    rank = 1;
                } else if (WebChrome.isDateLine(l)) {
                    rank = 2;
                } else {
                    continue;
                }
                if (rank > bestRank) {
                    best = d.get();
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
