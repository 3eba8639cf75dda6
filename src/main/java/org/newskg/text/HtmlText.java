package org.newskg.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The visible text of a saved web page: the title and the text of the body, one line per block
 * element; scripts, styles, comments and tags dropped, character entities decoded. A single pass
 * over the markup, so the cost stays linear in the page's size.
 */
public final class HtmlText {

    private static final Pattern LOOKS_LIKE_HTML =
            Pattern.compile("^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "title", "section", "article", "header", "footer", "table", "ul", "ol", "dd", "dt", "blockquote",
            "pre", "hr", "td", "th", "form", "nav", "aside", "main", "figure", "figcaption", "center");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("middot", "·"), Map.entry("emsp", " "), Map.entry("ensp", " "),
            Map.entry("thinsp", " "), Map.entry("times", "×"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("deg", "°"), Map.entry("bull", "•"), Map.entry("laquo", "«"), Map.entry("raquo", "»"));

    private HtmlText() {
    }

    /** Whether the text is markup of a web page rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        String head = text.length() > 2048 ? text.substring(0, 2048) : text;
        return LOOKS_LIKE_HTML.matcher(head).find();
    }

    public static String visibleText(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        int n = html.length();
        int i = 0;
        boolean inBody = false;
        boolean sawBody = html.regionMatches(true, 0, "<body", 0, 5) || indexOfIgnoreCase(html, "<body") >= 0;
        boolean inHead = false;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<!--", i)) {
                    int end = html.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                int end = html.indexOf('>', i + 1);
                if (end < 0) {
                    break;
                }
                String tag = tagName(html, i + 1, end);
                boolean closing = i + 1 < n && html.charAt(i + 1) == '/';
                i = end + 1;
                if (tag.isEmpty()) {
                    continue;
                }
                if (!closing && SKIPPED.contains(tag)) {
                    int close = indexOfIgnoreCase(html, "</" + tag, i);
                    if (close < 0) {
                        i = n;
                    } else {
                        int gt = html.indexOf('>', close);
                        i = gt < 0 ? n : gt + 1;
                    }
                    continue;
                }
                if (tag.equals("head")) {
                    inHead = !closing;
                } else if (tag.equals("body")) {
                    inBody = !closing;
                } else if (tag.equals("title") && !closing) {
                    int close = indexOfIgnoreCase(html, "</title", i);
                    int stop = close < 0 ? n : close;
                    out.append('\n').append(decodeEntities(html.substring(i, stop)).strip()).append('\n');
                    int gt = close < 0 ? n : html.indexOf('>', close);
                    i = gt < 0 ? n : gt + 1;
                    continue;
                }
                if (BLOCKS.contains(tag)) {
                    out.append('\n');
                }
                continue;
            }
            int next = html.indexOf('<', i);
            if (next < 0) {
                next = n;
            }
            if (!inHead && (inBody || !sawBody)) {
                String chunk = html.substring(i, next).replaceAll("[\\s]+", " ");
                out.append(decodeEntities(chunk));
            }
            i = next;
        }
        StringBuilder lines = new StringBuilder(out.length());
        for (String line : out.toString().split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                lines.append(t).append("\n\n");
            }
        }
        return lines.toString();
    }

    private static String tagName(String html, int from, int end) {
        int i = from;
        if (i < end && html.charAt(i) == '/') {
            i++;
        }
        int start = i;
        while (i < end && (Character.isLetterOrDigit(html.charAt(i)))) {
            i++;
        }
        return html.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String needle) {
        return indexOfIgnoreCase(s, needle, 0);
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = s.length() - needle.length();
        char first = Character.toLowerCase(needle.charAt(0));
        for (int i = from; i <= n; i++) {
            if (Character.toLowerCase(s.charAt(i)) == first && s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '&') {
                int semi = s.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i <= 10) {
                    String name = s.substring(i + 1, semi);
                    String rep = null;
                    if (name.startsWith("#x") || name.startsWith("#X")) {
                        rep = codePoint(name.substring(2), 16);
                    } else if (name.startsWith("#")) {
                        rep = codePoint(name.substring(1), 10);
                    } else {
                        rep = ENTITIES.get(name.toLowerCase(Locale.ROOT));
                    }
                    if (rep != null) {
                        out.append(rep);
                        i = semi;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
