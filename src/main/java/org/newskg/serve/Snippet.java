package org.newskg.serve;

import java.util.Locale;

/**
 * A short piece of a longer text around where a search's words occur, as HTML: the text escaped,
 * the words marked. The marking is added after escaping, so nothing of the text becomes markup.
 */
final class Snippet {
    /** Characters kept on each side of the first match. */
    static final int CONTEXT = 40;

    private Snippet() {
    }

    /** The piece of {@code text} around the first occurrence of {@code words} (or of a pair of its characters), marked. */
    static String html(String text, String words) {
        String needle = words.strip();
        int at = indexOf(text, needle);
        int length = needle.length();
        if (at < 0) {
            // the index matches bigrams of a name: find the first pair of the words' characters
            for (int i = 0; i + 2 <= needle.length() && at < 0; i++) {
                at = indexOf(text, needle.substring(i, i + 2));
                length = 2;
            }
        }
        if (at < 0) {
            return Html.esc(shorten(text, 2 * CONTEXT));
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + length + CONTEXT);
        return (from > 0 ? "…" : "") + Html.esc(text.substring(from, at)) + "<mark>"
                + Html.esc(text.substring(at, at + length)) + "</mark>" + Html.esc(text.substring(at + length, to))
                + (to < text.length() ? "…" : "");
    }

    /** Whether {@code text} holds {@code words}, ignoring case. */
    static boolean contains(String text, String words) {
        return indexOf(text, words.strip()) >= 0;
    }

    private static int indexOf(String text, String needle) {
        if (needle.isEmpty()) {
            return -1;
        }
        return text.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
