package org.newskg.text;

/** Small character tests on the punctuation of Chinese news text. */
final class Punct {

    private Punct() {
    }

    /** Whether the text ends a sentence: 。！？…, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (s.charAt(i) == ' ')) {
            i--;
        }
        while (i >= 0 && isCloser(s.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '.' && i > 0
                && TextNormalizer.isHan(s.charAt(i - 1));
    }

    static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '"'
                || c == '】';
    }

    static boolean hasStop(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';') {
                return true;
            }
        }
        return false;
    }

    static boolean hasComma(String s) {
        return s.indexOf('，') >= 0 || s.indexOf(',') >= 0;
    }

    static boolean endsOpen(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == '，' || c == '、' || c == '：' || c == ',' || c == ':' || c == '；' || c == '（' || c == '“';
    }
}
