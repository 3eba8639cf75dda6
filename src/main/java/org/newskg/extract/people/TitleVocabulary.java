package org.newskg.extract.people;

import java.util.regex.Pattern;
import org.newskg.extract.PeopleLexicon;
import org.newskg.extract.WordSet;

/**
 * Titles of posts (书记, 常务副主席, 二级巡视员): a bare title from the vocabulary with any number
 * of modifiers in front. Occupations (记者, 律师) are titles for reading names, never for posts.
 */
public final class TitleVocabulary {

    static final int MAX_LENGTH = 10;
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("(常务)?(副)?(代)?(市长|县长|区长|省长|镇长|乡长|州长)");

    private final PeopleLexicon lex;

    public TitleVocabulary(PeopleLexicon lex) {
        this.lex = lex;
    }

    /** A post's title, possibly modified (党组书记, 常务副市长). */
    public boolean isTitle(String s) {
        return isTitle(s, 0, s.length());
    }

    /**
     * Whether {@code text[start, end)} is a title: modifiers, then one bare title. Every such string ends
     * in a bare title shorter than itself, so strings that do not are turned down before any modifier
     * is peeled off.
     */
    private boolean isTitle(CharSequence text, int start, int end) {
        if (lex.titles.contains(text, start, end)) {
            return true;
        }
        if (lex.titles.endingAt(text, end, start + 1) == 0) {
            return false;
        }
        // modifiers that leave at least one character after them
        for (long mods = lex.titleModifierWords.startingAt(text, start, end - 1); mods != 0; mods &= mods - 1) {
            if (isTitle(text, start + Long.numberOfTrailingZeros(mods), end)) {
                return true;
            }
        }
        return false;
    }

    public boolean isOccupation(String s) {
        return lex.occupations.contains(s);
    }

    /**
     * Length of the longest post title that ends at {@code end}, 0 when none: the bare titles ending
     * there, then modifiers in front of them as far as they go (read leftwards, so nothing is tried
     * that ends in no title). Reached starts are kept as distances from {@code end}, one bit each.
     */
    int postEndingAt(CharSequence text, int end) {
        long reached = lex.titles.endingAt(text, end, 0);
        int floor = Math.max(0, end - MAX_LENGTH);
        for (long todo = reached; todo != 0; ) {
            int d = Long.numberOfTrailingZeros(todo);
            todo &= todo - 1;
            if (d >= MAX_LENGTH) {
                continue; // no modifier fits in front of it
            }
            for (long mods = lex.titleModifierWords.endingAt(text, end - d, floor); mods != 0; mods &= mods - 1) {
                long next = 1L << (d + Long.numberOfTrailingZeros(mods));
                if ((reached & next) == 0) {
                    reached |= next;
                    todo |= next;
                }
            }
        }
        long fitting = reached & ((1L << (MAX_LENGTH + 1)) - 1) & ~0b11L; // two to MAX_LENGTH characters
        return WordSet.highest(fitting);
    }

    /** Length of the longest title or occupation that ends at {@code end}, 0 when none. */
    int anyEndingAt(CharSequence text, int end) {
        int post = postEndingAt(text, end);
        long occupations = lex.occupations.endingAt(text, end, Math.max(0, end - MAX_LENGTH)) & ~0b11L;
        return Math.max(post, WordSet.highest(occupations));
    }

    /**
     * Length of the longest title or occupation that starts at {@code start}, 0 when none: the starts
     * that modifiers reach from {@code start}, then the bare titles from each of them.
     */
    public int anyStartingAt(CharSequence text, int start) {
        int limit = Math.min(text.length(), start + MAX_LENGTH);
        if (limit - start < 2) {
            return 0;
        }
        long lengths = lex.occupations.startingAt(text, start, limit);
        long reached = 1L; // distance 0: start itself
        for (long todo = reached; todo != 0; ) {
            int d = Long.numberOfTrailingZeros(todo);
            todo &= todo - 1;
            lengths |= lex.titles.startingAt(text, start + d, limit) << d;
            for (long mods = lex.titleModifierWords.startingAt(text, start + d, limit - 1); mods != 0; mods &= mods - 1) {
                long next = 1L << (d + Long.numberOfTrailingZeros(mods));
                if ((reached & next) == 0) {
                    reached |= next;
                    todo |= next;
                }
            }
        }
        return WordSet.highest(lengths & ~0b11L);
    }

    /** 市长, 常务副市长, 副县长: a head of a government, whose body is that level's 政府. */
    static boolean isHeadOfGovernment(String title) {
        return HEAD_OF_GOVERNMENT.matcher(title).matches();
    }
}
