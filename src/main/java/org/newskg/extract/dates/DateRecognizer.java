package org.newskg.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.ChineseNumerals;
import org.newskg.extract.DateMention;
import org.newskg.extract.LeadScan;
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
            "(?<![0-9.])(?:(?:(?<y>\\d{4})\\s*年\\s*)?(?<m>\\d{1,2})\\s*月\\s*|(?<this>本月))?(?<d>\\d{1,2})\\s*(?<mark>[日号])"
                    + "(?:\\s*(?:至|到|—+|－|-|–|~|～)\\s*(?:(?:(?<y2>\\d{4})\\s*年\\s*)?(?<m2>\\d{1,2})\\s*月\\s*)?"
                    + "(?<d2>\\d{1,2})\\s*[日号])?");
    private static final LeadScan DAY_SCAN = new LeadScan(DAY);

    /** A day in Chinese numerals, always with its month (十一月二十七日, 二〇二三年十一月二十七日至二十九日). */
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern CN_DAY = Pattern.compile(
            "(?:(?<y>[〇零一二三四五六七八九]{4})年)?(?<m>" + CN + ")月(?<d>" + CN + ")[日号]"
                    + "(?:(?:至|到|—+|－|-)(?:(?<m2>" + CN + ")月)?(?<d2>" + CN + ")[日号])?");
    private static final LeadScan CN_DAY_SCAN = new LeadScan(CN_DAY);

    /** Days named relative to the publication: 今天, 昨天 (今天（10月13日） gives its own date instead). */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?<word>今天|今日|今晚|今晨|昨天|昨日|昨晚|前天|明天|明日|明晚)(?![的头报中是（(]|起)");
    private static final LeadScan RELATIVE_SCAN = new LeadScan(RELATIVE);

    /** After a bare day these make it a count of days ({@code 5日内}), not a date. */
    private static final String NOT_A_DAY_AFTER = "内以之后前左个起";
    private static final String NOT_A_DAY_BEFORE = "第每近约满连个余多";

    /** The dates of an article, resolved against its own reference. */
    public List<DateMention> recognize(Article article) {
        String text = ChineseNumerals.toHalfWidthDigits(article.text());
        List<Raw> raws = scan(text);
        List<DateMention> out = new ArrayList<>(resolve(raws, DateReference.of(article, fullDates(raws))));
        article.published().or(() -> datelineDay(text, article.yearHint())).ifPresent(day -> out.addAll(relative(text, day)));
        article.published().ifPresent(day -> out.addAll(lostMonthMarks(text, day)));
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** A dateline's day (中国网北京2月18日讯, 新华社北京3月5日电) at the story's start. */
    private static final Pattern DATELINE_DAY = Pattern.compile("^[^。，]{0,24}?(\\d{1,2})月(\\d{1,2})日(?:电|讯|消息)");

    /** Where no publication date is known, the day of the opening dateline in the year the text points to. */
    static Optional<LocalDate> datelineDay(String text, Optional<Integer> year) {
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATELINE_DAY.matcher(text.length() > 60 ? text.substring(0, 60) : text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year.get(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 今天, 昨天, 明天 … as days counted from the publication date. */
    /**
     * A web page's text sometimes lost the 月 of a paragraph's opening day (1031日，我县举行… for 10月31日; 430上午 for
     * 4月30日). Read so only at a paragraph's or sentence's start, and only as a day of the weeks before the
     * publication date.
     */
    private static final Pattern LOST_MONTH_MARK = Pattern.compile("(?:^|(?<=[\\n。]))[ \t\u3000]*(\\d{3,4})(?=日|上午|下午|晚)");
    private static final int LOST_MARK_MAX_DAYS_BEFORE = 60;

    static List<DateMention> lostMonthMarks(String text, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = LOST_MONTH_MARK.matcher(text);
        while (m.find()) {
            String digits = m.group(1);
            int split = digits.length() - 2;
            int month = Integer.parseInt(digits.substring(0, split));
            int day = Integer.parseInt(digits.substring(split));
            for (int year = published.getYear(); year >= published.getYear() - 1; year--) {
                if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                    break;
                }
                LocalDate d = LocalDate.of(year, month, day);
                if (!d.isAfter(published) && !d.isBefore(published.minusDays(LOST_MARK_MAX_DAYS_BEFORE))) {
                    int end = text.startsWith("日", m.end(1)) ? m.end(1) + 1 : m.end(1);
                    out.add(new DateMention(new Span(m.start(1), end), PartialDate.of(d), Optional.empty()));
                    break;
                }
            }
        }
        return out;
    }

    static List<DateMention> relative(String text, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        LeadScan.Run mRun = RELATIVE_SCAN.in(text);
        while (mRun.find()) {
            Matcher m = mRun.matcher();
            String w = m.group("word");
            int shift = w.startsWith("今") ? 0 : w.startsWith("昨") ? -1 : w.startsWith("前") ? -2 : 1;
            out.add(new DateMention(new Span(m.start(), m.end()), PartialDate.of(published.plusDays(shift)), Optional.empty()));
        }
        return out;
    }

    /** The dates of a text, resolved against a given reference. */
    public List<DateMention> recognize(String text, DateReference reference) {
        return resolve(scan(ChineseNumerals.toHalfWidthDigits(text)), reference);
    }

    /** A match before resolution: a field is 0 where the text does not give it. */
    record Raw(Span span, int year, int month, int day, int year2, int month2, int day2, boolean thisMonth) {

        Raw(Span span, int year, int month, int day, int year2, int month2, int day2) {
            this(span, year, month, day, year2, month2, day2, false);
        }

        boolean isRange() {
            return day2 > 0;
        }
    }

    static List<Raw> scan(String text) {
        List<Raw> out = new ArrayList<>();
        LeadScan.Run mRun = DAY_SCAN.in(text);
        while (mRun.find()) {
            Matcher m = mRun.matcher();
            int month = intOf(m.group("m"));
            int day = intOf(m.group("d"));
            boolean thisMonth = m.group("this") != null;
            if (month == 0 && !thisMonth) {
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
                    intOf(m.group("y2")), intOf(m.group("m2")), day2, thisMonth));
        }
        LeadScan.Run cRun = CN_DAY_SCAN.in(text);
        while (cRun.find()) {
            Matcher c = cRun.matcher();
            int month = chinese(c.group("m"));
            int day = chinese(c.group("d"));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                continue;
            }
            int day2 = c.group("d2") == null ? 0 : chinese(c.group("d2"));
            int month2 = c.group("m2") == null ? 0 : chinese(c.group("m2"));
            out.add(new Raw(new Span(c.start(), c.end()), c.group("y") == null ? 0 : chineseYear(c.group("y")), month, day,
                    0, month2, day2 > 31 ? 0 : day2, false));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** 一 to 三十一 (十 = 10, 十二 = 12, 二十 = 20, 二十七 = 27); 0 if not such a number. */
    private static int chinese(String s) {
        java.math.BigDecimal v = ChineseNumerals.parse(s);
        return v == null ? 0 : v.intValue();
    }

    /** 二〇二三 → 2023, digit by digit. */
    private static int chineseYear(String s) {
        int y = 0;
        for (char ch : s.toCharArray()) {
            y = y * 10 + "〇一二三四五六七八九".indexOf(ch == '零' ? '〇' : ch);
        }
        return y;
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
        if (r.thisMonth() && ref.date().isPresent()) {
            month = ref.date().get().getMonthValue();
            year = Optional.of(ref.date().get().getYear());
        } else if (r.thisMonth()) {
            return null;
        } else if (r.year() > 0) {
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
