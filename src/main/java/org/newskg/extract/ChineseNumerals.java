package org.newskg.extract;

import java.math.BigDecimal;

/**
 * Numbers as the genre writes them: Arabic digits (half- or full-width, with a decimal point) and
 * Chinese numerals with their own multipliers ({@code 十二}, {@code 三千}, {@code 一千二百万}, {@code 亿}).
 */
public final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** Full-width digits and point to ASCII, one char for one char, so that offsets stay valid. */
    public static String toHalfWidthDigits(String text) {
        if (!hasFullWidthDigits(text)) {
            return text; // the usual case: nothing to copy
        }
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= '０' && c <= '９') {
                cs[i] = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                cs[i] = '.';
            }
        }
        return new String(cs);
    }

    private static boolean hasFullWidthDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９' || c == '．') {
                return true;
            }
        }
        return false;
    }

    static boolean isChineseDigit(char c) {
        return digit(c) >= 0;
    }

    public static boolean isChineseNumeralChar(char c) {
        return digit(c) >= 0 || multiplier(c) > 0;
    }

    /** The value of an Arabic number ({@code 6.3}) or a Chinese numeral ({@code 一千二百万}); null if neither. */
    public static BigDecimal parse(String s) {
        String t = toHalfWidthDigits(s.strip());
        if (t.isEmpty()) {
            return null;
        }
        if (t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return parseChinese(t);
    }

    /**
     * Chinese numerals: sections below 万 are summed digit × 十/百/千; 万 and 亿 scale what came before.
     * A bare multiplier counts one of it ({@code 亿} = 100000000, {@code 十二} = 12).
     */
    private static BigDecimal parseChinese(String s) {
        long total = 0;      // completed 亿 part
        long section = 0;    // completed 万 part below the current 亿
        long small = 0;      // the part below 万
        long pending = -1;   // last digit not yet multiplied
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                any = true;
                continue;
            }
            long m = multiplier(c);
            if (m <= 0) {
                return null;
            }
            any = true;
            if (m < 10_000) {
                small += (pending < 0 ? 1 : pending) * m;
                pending = -1;
            } else if (m == 10_000) {
                long below = small + Math.max(pending, 0);
                section += (below == 0 ? 1 : below) * 10_000;
                small = 0;
                pending = -1;
            } else {
                long below = section + small + Math.max(pending, 0);
                total = (total + (below == 0 ? 1 : below)) * 100_000_000L;
                section = 0;
                small = 0;
                pending = -1;
            }
        }
        if (!any) {
            return null;
        }
        return BigDecimal.valueOf(total + section + small + Math.max(pending, 0));
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long multiplier(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000L;
            default -> 0;
        };
    }
}
