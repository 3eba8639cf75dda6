package org.newskg.extract.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.ChineseNumerals;
import org.newskg.extract.LeadScan;
import org.newskg.extract.MoneyMention;
import org.newskg.text.Span;

/**
 * Amounts of money in the usual Chinese forms: {@code 6.3亿元}, {@code 1500多万元}, {@code 约26亿元},
 * {@code 2000余万元}, {@code 近亿元}, {@code 1.2万亿元}, {@code 千万元}, {@code 十二亿元}, {@code 逾3000元}.
 * Yuan amounts become {@link MoneyMention}s; other currencies ({@code 亿美元}) are recognised so that
 * they are not taken for yuan, and reported through {@link #recognizeAll} only. Stateless and thread-safe.
 */
public final class MoneyRecognizer {

    /** An amount in any currency; {@code currency} is the unit word as written (元, 美元, 欧元 …). */
    public record Amount(Span span, BigDecimal value, String currency, boolean approximate) {

        public boolean isYuan() {
            return currency.equals("元") || currency.equals("人民币");
        }
    }

    /** Currency words as written, the longer before the shorter it starts with. */
    private static final List<String> CURRENCIES = List.of("元人民币", "元", "美元", "欧元", "港元", "港币", "日元", "韩元", "英镑");
    private static final String NUM = "(?<num>[0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+)";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(?<pre>约为|大约|约合|约|将近|接近|近|逾|超过|超|多于|不少于|不低于|不足|不到)\\s?)?"
                    + "(?:" + NUM + "\\s?)?(?<more>多|余)?"
                    + "(?<unit>万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)?(?<more2>多|余)?"
                    + "(?<cur>" + String.join("|", CURRENCIES) + ")"
                    + "(?<post>左右|以上|上下)?");
    private static final LeadScan AMOUNT_SCAN = new LeadScan(AMOUNT);
    /** The last characters of the currency words: every amount holds one, so a text without them has none. */
    private static final String CURRENCY_ENDS = CURRENCIES.stream().map(c -> c.substring(c.length() - 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** Prefixes that make an amount approximate; the rest (such as 达) leave it exact. */
    private static final Pattern APPROXIMATE_PREFIX = Pattern.compile("约为|大约|约合|约|将近|接近|近|逾|超过|超|多于|不少于|不低于|不足|不到");

    public List<MoneyMention> recognize(String text) {
        List<MoneyMention> out = new ArrayList<>();
        for (Amount a : recognizeAll(text)) {
            if (a.isYuan()) {
                out.add(new MoneyMention(a.span(), a.value(), a.approximate()));
            }
        }
        return out;
    }

    public List<Amount> recognizeAll(String text) {
        List<Amount> out = new ArrayList<>();
        if (!holdsAnyOf(text, CURRENCY_ENDS)) {
            return out;
        }
        String t = ChineseNumerals.toHalfWidthDigits(text);
        LeadScan.Run mRun = AMOUNT_SCAN.in(t);
        while (mRun.find()) {
            Matcher m = mRun.matcher();
            Amount a = toAmount(t, m);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean holdsAnyOf(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Amount toAmount(String t, Matcher m) {
        String num = m.group("num");
        String unit = m.group("unit");
        if (num == null && unit == null) {
            return null;
        }
        int start = m.start();
        int numStart = num != null ? m.start("num") : m.start("unit");
        // 数亿元, 几千万元, 上亿元, 12.5亿元 seen from its middle: no single amount can be read off
        if (numStart > 0) {
            char before = t.charAt(numStart - 1);
            if ((m.group("pre") == null && (before == '数' || before == '几' || before == '上' || before == '.'))
                    || Character.isDigit(before)) {
                return null;
            }
        }
        int end = m.end();
        if (end < t.length() && "化素论次件".indexOf(t.charAt(end)) >= 0 && m.group("cur").equals("元")) {
            return null;  // 一元化, 多元素: words, not money
        }
        BigDecimal value;
        if (num == null) {
            value = BigDecimal.ONE;
        } else {
            value = ChineseNumerals.parse(num);
            if (value == null) {
                return null;
            }
        }
        if (unit != null) {
            BigDecimal scale = ChineseNumerals.parse(unit);
            if (scale == null) {
                return null;
            }
            value = value.multiply(scale);
        }
        boolean approximate = m.group("more") != null || m.group("more2") != null || m.group("post") != null
                || (m.group("pre") != null && APPROXIMATE_PREFIX.matcher(m.group("pre")).matches());
        String cur = m.group("cur").equals("元人民币") ? "元" : m.group("cur");
        return new Amount(new Span(start, end), value.stripTrailingZeros(), cur, approximate);
    }
}
