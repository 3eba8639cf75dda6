package org.newskg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.text.Article;
import org.newskg.text.Span;

/**
 * Days named in an article: {@code 2023年11月27日}, {@code 11月27日}, {@code 27日}, ranges
 * ({@code 8月4日至5日}, {@code 11月30日至12月2日}), with whatever follows ({@code 12月27日下午}).
 * A day without its year takes it from the article's reference (see {@link DateReference}); a day
 * without its month takes the month of the date named just before it, else the reference's.
 * Vague words ({@code 日前}, {@code 近日}, {@code 近期}) name no day and give nothing. Thread-safe.
 */
public final class DateRecognizer {

    private static final Pattern DAY = Pattern.compile(
            "(?<![0-9.])(?:(?:(?<y>\\d{4})\\s*年\\s*)?(?<m>\\d{1,2})\\s*月\\s*)?(?<d>\\d{1,2})\\s*(?<mark>[日号])"
                    + "(?:\\s*(?:至|到|—+|－|-|–|~|～)\\s*(?:(?:(?<y2>\\d{4})\\s*年\\s*)?(?<m2>\\d{1,2})\\s*月\\s*)?"
                    + "(?<d2>\\d{1,2})\\s*[日号])?");

    /** After a bare day these make it a count of days ({@code 5日内}), not a date. */
    private static final String NOT_A_DAY_AFTER = "内以之后前左个起";
    private static final String NOT_A_DAY_BEFORE = "第每近约满连个余多";

    /** The dates of an article, resolved against its own reference. */
    public List<DateMention> recognize(Article article) {
        String text = ChineseNumerals.toHalfWidthDigits(article.text());
        List<Raw> raws = scan(text);
        return resolve(raws, DateReference.of(article, fullDates(raws)));
    }

    /** The dates of a text, resolved against a given reference. */
    public List<DateMention> recognize(String text, DateReference reference) {
        return resolve(scan(ChineseNumerals.toHalfWidthDigits(text)), reference);
    }

    /** A match before resolution: a field is 0 where the text does not give it. */
    record Raw(Span span, int year, int month, int day, int year2, int month2, int day2) {
        boolean isRange() {
            return day2 > 0;
        }
    }

    static List<Raw> scan(String text) {
        List<Raw> out = new ArrayList<>();
        Matcher m = DAY.matcher(text);
        while (m.find()) {
            int month = intOf(m.group("m"));
            int day = intOf(m.group("d"));
            if (month == 0) {
                // a bare day: only 日, and only where it cannot be a count of days or a number (5号厂房)
                if (m.group("mark").equals("号")) {
                    continue;
                }
                int after = m.end("mark");
                if (m.group("d2") == null && after < text.length() && NOT_A_DAY_AFTER.indexOf(text.charAt(after)) >= 0) {
                    continue;
                }
                int before = m.start();
                if (before > 0 && (NOT_A_DAY_BEFORE.indexOf(text.charAt(before - 1)) >= 0 || Character.isLetter(text.charAt(before - 1)) && isLatin(text.charAt(before - 1)))) {
                    continue;
                }
            }
            if (month > 12 || day < 1 || day > 31) {
                continue;
            }
            int end = m.end();
            int day2 = intOf(m.group("d2"));
            if (day2 > 31) {
                day2 = 0;
                end = m.end("mark");
            }
            out.add(new Raw(new Span(m.start(), end), intOf(m.group("y")), month, day,
                    intOf(m.group("y2")), intOf(m.group("m2")), day2));
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c < 128;
    }

    static List<LocalDate> fullDates(List<Raw> raws) {
        List<LocalDate> out = new ArrayList<>();
        for (Raw r : raws) {
            if (r.year() > 0 && r.month() > 0) {
                try {
                    out.add(LocalDate.of(r.year(), r.month(), r.day()));
                } catch (DateTimeException e) {
                    // 2月30日: not a day
                }
            }
        }
        return out;
    }

    static List<DateMention> resolve(List<Raw> raws, DateReference ref) {
        List<DateMention> out = new ArrayList<>();
        PartialDate previous = null;
        for (Raw r : raws) {
            PartialDate start = resolveStart(r, ref, previous);
            if (start == null) {
                continue;
            }
            Optional<PartialDate> until = r.isRange() ? Optional.ofNullable(resolveEnd(r, start)) : Optional.empty();
            out.add(new DateMention(r.span(), start, until));
            previous = until.orElse(start);
        }
        return out;
    }

    private static PartialDate resolveStart(Raw r, DateReference ref, PartialDate previous) {
        int month = r.month();
        Optional<Integer> year;
        if (r.year() > 0) {
            year = Optional.of(r.year());
        } else if (month > 0) {
            year = ref.yearFor(month, r.day());
        } else if (previous != null) {
            month = previous.month();
            year = previous.year();
        } else if (ref.date().isPresent()) {
            month = ref.date().get().getMonthValue();
            year = ref.yearFor(month, r.day());
        } else {
            return null;  // 27日 with no month anywhere: no day can be named
        }
        return partial(year, month, r.day());
    }

    private static PartialDate resolveEnd(Raw r, PartialDate start) {
        int month = r.month2() > 0 ? r.month2() : start.month();
        Optional<Integer> year;
        if (r.year2() > 0) {
            year = Optional.of(r.year2());
        } else if (start.year().isPresent() && month < start.month()) {
            year = Optional.of(start.year().get() + 1);  // 12月30日至1月2日 runs into the next year
        } else {
            year = start.year();
        }
        PartialDate end = partial(year, month, r.day2());
        if (end != null && end.toLocalDate().isPresent() && start.toLocalDate().isPresent()
                && end.toLocalDate().get().isBefore(start.toLocalDate().get())) {
            return null;
        }
        return end;
    }

    private static PartialDate partial(Optional<Integer> year, int month, int day) {
        try {
            return new PartialDate(year, month, day);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    private static int intOf(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    /**
     * What an article's dates are read against: its publication date when known, else the latest full
     * date the article itself names (not beyond the year after its year hint), else only the year hint.
     */
    public record DateReference(Optional<LocalDate> date, Optional<Integer> year) {

        public static DateReference none() {
            return new DateReference(Optional.empty(), Optional.empty());
        }

        public static DateReference ofDate(LocalDate d) {
            return new DateReference(Optional.of(d), Optional.of(d.getYear()));
        }

        public static DateReference ofYear(int y) {
            return new DateReference(Optional.empty(), Optional.of(y));
        }

        static DateReference of(Article a, List<LocalDate> named) {
            if (a.published().isPresent()) {
                return ofDate(a.published().get());
            }
            LocalDate latest = null;
            for (LocalDate d : named) {
                boolean plausible = a.yearHint().map(y -> d.getYear() <= y + 1 && d.getYear() >= y - 1).orElse(true);
                if (plausible && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
            if (latest != null) {
                return ofDate(latest);
            }
            return a.yearHint().map(DateReference::ofYear).orElse(none());
        }

        /** The year of a month and day: of the years around the reference, the one nearest it. */
        Optional<Integer> yearFor(int month, int day) {
            if (date.isEmpty()) {
                return year;
            }
            LocalDate ref = date.get();
            Integer best = null;
            long bestGap = Long.MAX_VALUE;
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                try {
                    long gap = Math.abs(ChronoUnit.DAYS.between(ref, LocalDate.of(y, month, day)));
                    if (gap < bestGap) {
                        bestGap = gap;
                        best = y;
                    }
                } catch (DateTimeException e) {
                    // 2月29日 outside a leap year
                }
            }
            return Optional.ofNullable(best);
        }
    }
}
