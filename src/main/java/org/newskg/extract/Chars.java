package org.newskg.extract;

/** Character classes the recognisers share. */
public final class Chars {

    private Chars() {
    }

    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    /** Punctuation or a line break: where no name runs across. */
    public static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || (!Character.isLetterOrDigit(c) && !isSpace(c));
    }

    /** The administrative level characters that open a body's name (区党工委, 市政协). */
    public static boolean isLevel(char c) {
        return "省市区县镇乡村州旗".indexOf(c) >= 0;
    }
}
