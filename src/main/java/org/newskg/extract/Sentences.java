package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.text.Span;

/**
 * Sentence spans of an article text: a sentence ends at 。！？ (with a closing quote that follows) or at a
 * line break, which ends a paragraph. Whitespace at either end is left out of the span.
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
            if (!end) {
                continue;
            }
            int stop = i + 1;
            while (c != '\n' && stop < n && "”’」』)）".indexOf(text.charAt(stop)) >= 0) {
                stop++;
            }
            add(out, text, start, c == '\n' ? i : stop);
            start = stop;
            i = stop - 1;
        }
        add(out, text, start, n);
        return out;
    }

    /** The clauses of the text: its sentences cut again at commas and semicolons (，；,;), which no name holds. */
    public static List<Span> clauses(String text) {
        List<Span> out = new ArrayList<>();
        for (Span sentence : of(text)) {
            int start = sentence.start();
            for (int i = start; i < sentence.end(); i++) {
                char c = text.charAt(i);
                if (c == '，' || c == '；' || c == ',' || c == ';') {
                    add(out, text, start, i + 1);
                    start = i + 1;
                }
            }
            add(out, text, start, sentence.end());
        }
        return out;
    }

    /** Whether the sentences [a] and [b] lie in the same paragraph (no line break between them). */
    static boolean sameParagraph(String text, Span a, Span b) {
        int from = Math.min(a.end(), b.start());
        int to = Math.max(a.end(), b.start());
        return text.substring(from, to).indexOf('\n') < 0;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
