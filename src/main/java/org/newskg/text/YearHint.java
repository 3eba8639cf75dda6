package org.newskg.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a text points to when it states no publication date: the most recent year it names in
 * date-like phrases (2023年11月, 2023年度, 2023年以来, 2024年，…). Years of a target or a
 * deadline (到2035年, 至2026年12月, 2035年远景目标) do not count. A year named only with January
 * or February on a page whose undated days fall in November or December is an announcement of the
 * coming year: the page's own year is the one before.
 */
public final class YearHint {

    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})\\s?年\\s?(?:(\\d{1,2})\\s?月|度|以来|上半年|下半年|前三季度|一季度|[一二三四]季度|底|初|末|伊始|全年|[，,])");
    private static final Pattern BARE_DAY = Pattern.compile("(?<![年\\d])(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日");
    private static final String TARGET_BEFORE = "到至止争计—－-~～";
    private static final Pattern TARGET_AFTER = Pattern.compile("^(?:远景|目标|前|左右|将|要)");

    private YearHint() {
    }

    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})\\s?年");

    public static Optional<Integer> of(String text) {
        Optional<Integer> phrased = of(text, YEAR);
        return phrased.isPresent() ? phrased : of(text, ANY_YEAR);
    }

    private static Optional<Integer> of(String text, Pattern pattern) {
        int best = -1;
        boolean bestOnlyEarly = true;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && TARGET_BEFORE.indexOf(text.charAt(start - 1)) >= 0) {
                continue;
            }
            int yearEnd = m.start(1) + 5;
            if (yearEnd <= text.length() && TARGET_AFTER.matcher(text.substring(yearEnd, Math.min(text.length(), yearEnd + 3))).find()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            boolean early = m.groupCount() >= 2 && m.group(2) != null && Integer.parseInt(m.group(2)) <= 2;
            if (year > best) {
                best = year;
                bestOnlyEarly = early;
            } else if (year == best) {
                bestOnlyEarly &= early;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        if (bestOnlyEarly && dominantBareMonth(text) >= 11) {
            return Optional.of(best - 1);
        }
        return Optional.of(best);
    }

    private static int dominantBareMonth(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = BARE_DAY.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                counts.merge(month, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
    }
}
