package org.newskg.text;

import java.util.regex.Pattern;

/**
 * What a page file holds: a newspaper page (text taken out of a PDF, many articles, lines broken
 * at column width) or one article of a news site (a paragraph a line, the site's header and chrome
 * around it). Told from the text's layout, so a file needs no name or flag to say which it is.
 */
public enum PageKind {

    NEWSPAPER_PAGE("newspaper page"),
    WEB_ARTICLE("web article");

    /** A line of prose this long is a paragraph of its own; a PDF column breaks lines far sooner. */
    private static final int PARAGRAPH_LINE = 50;
    /** Two stories opened by a newspaper's dateline make a page of several articles. */
    private static final Pattern PAPER_DATELINE = Pattern.compile("(?m)^\\s*(?:本报[\\p{IsHan}]{0,8}?讯|[\\p{IsHan}]{2,8}(?:日报|晚报)讯)");

    private final String label;

    PageKind(String label) {
        this.label = label;
    }

    /** How {@code build}'s report names the kind. */
    public String label() {
        return label;
    }

    /** The kind of a decoded, normalised page text. */
    public static PageKind of(String text) {
        long total = 0;
        long inParagraphLines = 0;
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int len = strippedLength(text, start, end);
            if (!hasProsePunct(text, start, end)) {
                start = end + 1;
                continue;   // menus, headlines, fields: both kinds of page have short ones
            }
            total += len;
            if (len >= PARAGRAPH_LINE) {
                inParagraphLines += len;
            }
            start = end + 1;
        }
        if (total == 0 || inParagraphLines * 2 < total) {
            return NEWSPAPER_PAGE;
        }
        var m = PAPER_DATELINE.matcher(text);
        int datelines = 0;
        while (m.find() && datelines < 2) {
            datelines++;
        }
        return datelines >= 2 ? NEWSPAPER_PAGE : WEB_ARTICLE;
    }

    private static boolean hasProsePunct(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '，' || c == '。' || c == '、' || c == '；' || c == ',' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }

    private static int strippedLength(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }
}
