package org.newskg.text;

/**
 * Character-level clean-up of decoded text: full-width ASCII letters, digits and a few signs become
 * half-width, odd spaces become plain spaces, zero-width and control characters go. Chinese
 * punctuation (，。、：；“”（）《》) is left as it is: it carries meaning for the later stages.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Normalises characters; line breaks are kept (CR LF and CR become LF). */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                out.append('\n');
            } else if (c == '\t' || isOddSpace(c)) {
                out.append(' ');
            } else if (isZeroWidth(c)) {
                // dropped: invisible joiners and stray byte-order marks split words for no reason
            } else if (Character.isISOControl(c)) {
                // dropped
            } else if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                    || c == '％' || c == '．') {
                out.append((char) (c - 0xFEE0));
            } else if (ASCII_PUNCT.indexOf(c) >= 0 && besideHan(text, i)) {
                // web pages write 淄博市委书记江敦涛,市委副书记 with ASCII signs: Chinese text takes Chinese ones
                out.append(FULL_PUNCT.charAt(ASCII_PUNCT.indexOf(c)));
            } else if (c == '：' && i > 0 && isDigit(text.charAt(i - 1)) && i + 1 < n && isDigit(text.charAt(i + 1))) {
                out.append(':');            // a clock time such as 10：30
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static final String ASCII_PUNCT = ",;:?!()";
    private static final String FULL_PUNCT = "，；：？！（）";

    /** Whether the sign at {@code i} stands in Chinese text: a Chinese character before it, or after it (for an opening one). */
    private static boolean besideHan(String text, int i) {
        char c = text.charAt(i);
        int before = i - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        boolean hanBefore = before >= 0 && isHanOrCjkPunct(text.charAt(before)) && text.charAt(before) != '\n';
        if (c == ')') {
            return hanBefore;
        }
        int after = i + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean hanAfter = after < text.length() && isHan(text.charAt(after));
        if (c == '(') {
            return hanAfter || hanBefore;
        }
        if (c == ':' && before >= 0 && after < text.length() && isDigit(text.charAt(before)) && isDigit(text.charAt(after))) {
            return false;   // 14:36
        }
        return hanBefore || (hanAfter && c != '?' && c != '!');
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static boolean isOddSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u000B' || c == '\u000C';
    }

    static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Removes the spaces a PDF puts between Chinese characters and digits ({@code 11 月 29日},
     * {@code 等 9项}); spaces between two Chinese characters or two Latin words stay.
     */
    public static String dropCjkDigitSpaces(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == ' ' && out.length() > 0) {
                int j = i;
                while (j < n && line.charAt(j) == ' ') {
                    j++;
                }
                if (j < n) {
                    char before = out.charAt(out.length() - 1);
                    char after = line.charAt(j);
                    boolean hanBefore = isHanOrCjkPunct(before);
                    boolean hanAfter = isHanOrCjkPunct(after);
                    boolean digitBefore = before >= '0' && before <= '9';
                    boolean digitAfter = after >= '0' && after <= '9';
                    // 本报日照讯 8月3日: the space after a dateline separates it from the story
                    if ((hanBefore && digitAfter && before != '讯') || (digitBefore && hanAfter) || (digitBefore && after == '%')) {
                        i = j - 1;
                        continue;
                    }
                }
                out.append(line, i, j);
                i = j - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean isHanOrCjkPunct(char c) {
        return isHan(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFF0F')
                || (c >= '\uFF1A' && c <= '\uFF20') || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
