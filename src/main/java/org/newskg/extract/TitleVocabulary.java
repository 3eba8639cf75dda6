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

    TitleVocabulary(PeopleLexicon lex) {
        this.lex = lex;
    }

    /** A post's title, possibly modified (党组书记, 常务副市长). */
    boolean isTitle(String s) {
        if (lex.titles.contains(s)) {
            return true;
        }
        for (String m : lex.titleModifiers) {
            if (s.length() > m.length() && s.startsWith(m) && isTitle(s.substring(m.length()))) {
                return true;
            }
        }
        return false;
    }

    boolean isOccupation(String s) {
        return lex.occupations.contains(s);
    }

    /** Length of the longest post title that ends at {@code end}, 0 when none. */
    int postEndingAt(String text, int end) {
        for (int len = Math.min(MAX_LENGTH, end); len >= 2; len--) {
            if (isTitle(text.substring(end - len, end))) {
                return len;
            }
        }
        return 0;
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
