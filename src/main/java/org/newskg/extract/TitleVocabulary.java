package org.newskg.extract;

import java.util.regex.Pattern;

/**
 * Titles of posts (书记, 常务副主席, 二级巡视员): a bare title from the vocabulary with any number
 * of modifiers in front. Occupations (记者, 律师) are titles for reading names, never for posts.
 */
final class TitleVocabulary {

    static final int MAX_LENGTH = 10;
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("(常务)?(副)?(代)?(市长|县长|区长|省长|镇长|乡长|州长)");

    private final PeopleLexicon lex;
    /** The longest bare title: a title ends in one of the vocabulary's, no longer than this. */
    private final int longestBareTitle;

    TitleVocabulary(PeopleLexicon lex) {
        this.lex = lex;
        this.longestBareTitle = lex.titles.stream().mapToInt(String::length).max().orElse(0);
    }

    /** A post's title, possibly modified (党组书记, 常务副市长). */
    boolean isTitle(String s) {
        if (lex.titles.contains(s)) {
            return true;
        }
        if (!endsWithBareTitle(s)) {
            return false; // most strings tried end in no title: no need to peel modifiers off them
        }
        for (String m : lex.titleModifiers) {
            if (s.length() > m.length() && s.startsWith(m) && isTitle(s.substring(m.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithBareTitle(String s) {
        for (int k = Math.min(longestBareTitle, s.length() - 1); k >= 1; k--) {
            if (lex.titles.contains(s.substring(s.length() - k))) {
                return true;
            }
        }
        return false;
    }

    boolean isOccupation(String s) {
        return lex.occupations.contains(s);
    }

    /**
     * Length of the longest post title that ends at {@code end}, 0 when none: a bare title
     * ending there, then modifiers in front of it as far as they go (read leftwards, so no
     * substring is tried that ends in no title).
     */
    int postEndingAt(String text, int end) {
        int earliest = end;
        java.util.ArrayDeque<Integer> starts = new java.util.ArrayDeque<>();
        for (int k = Math.min(longestBareTitle, end); k >= 1; k--) {
            if (lex.titles.contains(text.substring(end - k, end))) {
                starts.add(end - k);
            }
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>(starts);
        while (!starts.isEmpty()) {
            int start = starts.poll();
            if (end - start >= 2 && end - start <= MAX_LENGTH) {
                earliest = Math.min(earliest, start);
            }
            for (String m : lex.titleModifiers) {
                int before = start - m.length();
                if (before >= 0 && end - before <= MAX_LENGTH && text.startsWith(m, before) && seen.add(before)) {
                    starts.add(before);
                }
            }
        }
        return end - earliest;
    }

    /** Length of the longest title or occupation that ends at {@code end}, 0 when none. */
    int anyEndingAt(String text, int end) {
        int post = postEndingAt(text, end);
        for (int len = Math.min(MAX_LENGTH, end); len > post && len >= 2; len--) {
            if (isOccupation(text.substring(end - len, end))) {
                return len;
            }
        }
        return post;
    }

    /** Length of the longest title or occupation that starts at {@code start}, 0 when none. */
    int anyStartingAt(String text, int start) {
        for (int len = Math.min(MAX_LENGTH, text.length() - start); len >= 2; len--) {
            String s = text.substring(start, start + len);
            if (isTitle(s) || isOccupation(s)) {
                return len;
            }
        }
        return 0;
    }

    /** 市长, 常务副市长, 副县长: a head of a government, whose body is that level's 政府. */
    static boolean isHeadOfGovernment(String title) {
        return HEAD_OF_GOVERNMENT.matcher(title).matches();
    }
}
