package org.newskg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes the layout of text taken out of a PDF page and cuts it into {@link PageUnit}s.
 * Lines broken at column width are joined; a paragraph ends at an indented line, at a short line
 * that ends a sentence, or at a blank line after a finished sentence. A blank line after an
 * unfinished sentence is a column or page break inside a paragraph and is joined across.
 * Short blocks without sentence punctuation are headlines; lines of bylines and photo credits
 * are set apart.
 */
final class PageLayout {

    private static final int MAX_HEADLINE = 64;
    private static final Pattern CONTINUED = Pattern.compile("[（(](?:下转|上接|转)第?[\\p{IsHan}\\dA-Za-z]{1,4}版[）)]");
    /** A number at a line's end and a unit at the next block's start belong together (26.9亿 | 元). */
    private static final Pattern UNIT_START = Pattern.compile("^[元亿万千百个家项%％年月日人次件吨亩]");

    private record Line(String text, int indent) {
    }

    /** A run of lines between bylines inside one blank-separated block. */
    private record Segment(List<Line> lines, List<String> names, boolean hardBreak, boolean blockStart) {
    }

    private PageLayout() {
    }

    static List<PageUnit> units(String text) {
        List<Object> raw = new ArrayList<>();        // Segment or PageUnit(BYLINE)
        String[] lines = text.split("\n", -1);
        int blanks = 2;                              // the page's start counts as a section gap
        List<Line> block = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) {
                if (!block.isEmpty()) {
                    splitBlock(block, blanks, raw);
                    block = new ArrayList<>();
                    blanks = 0;
                }
                blanks++;
                continue;
            }
            block.add(new Line(t, indentOf(l)));
        }
        if (!block.isEmpty()) {
            splitBlock(block, blanks, raw);
        }
        return classify(raw);
    }

    private static int indentOf(String l) {
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Sets bylines apart from the rest of a block. */
    private static void splitBlock(List<Line> block, int blanks, List<Object> out) {
        boolean hard = blanks >= 2;
        boolean first = true;
        List<Line> seg = new ArrayList<>();
        List<String> segNames = new ArrayList<>();
        List<String> byline = new ArrayList<>();
        for (Line line : block) {
            String t = line.text();
            boolean bylineOpen = !byline.isEmpty() && !byline.get(byline.size() - 1).endsWith("报道");
            if (Bylines.isBylineLine(t) || (bylineOpen && (Bylines.isBylineTail(t) || isNamesOnly(t)))) {
                if (!seg.isEmpty()) {
                    out.add(new Segment(seg, segNames, hard && first, first));
                    seg = new ArrayList<>();
                    segNames = new ArrayList<>();
                    first = false;
                }
                byline.add(t);
                continue;
            }
            if (!byline.isEmpty()) {
                out.add(bylineUnit(byline, hard && first));
                byline = new ArrayList<>();
                first = false;
            }
            int at = Bylines.inlineBylineStart(t);
            if (at > 0) {
                segNames.addAll(Bylines.names(t.substring(at)));
                t = t.substring(0, at).strip();
                if (t.isEmpty()) {
                    continue;
                }
            }
            seg.add(new Line(t, line.indent()));
        }
        if (!byline.isEmpty()) {
            out.add(bylineUnit(byline, hard && first));
            first = false;
        }
        if (!seg.isEmpty()) {
            out.add(new Segment(seg, segNames, hard && first, first));
        }
    }

    private static boolean isNamesOnly(String t) {
        return t.length() <= 12 && t.matches("[\\p{IsHan}]{1,4}(\\s+[\\p{IsHan}]{1,4}){0,3}");
    }

    private static PageUnit bylineUnit(List<String> lines, boolean hard) {
        String joined = String.join(" ", lines);
        return new PageUnit(PageUnit.Kind.BYLINE, List.of(joined), Bylines.names(joined), hard);
    }

    private static List<PageUnit> classify(List<Object> raw) {
        List<PageUnit> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Object o = raw.get(i);
            if (o instanceof PageUnit u) {
                out.add(u);
                continue;
            }
            Segment s = (Segment) o;
            PageUnit prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (isCredit(s)) {
                String line = s.lines().get(0).text();
                out.add(new PageUnit(PageUnit.Kind.CREDIT, List.of(line), Bylines.creditNames(line), s.hardBreak()));
                continue;
            }
            if (isHeadline(s, prev, raw, i)) {
                out.add(headlineUnit(s));
                continue;
            }
            Segment rest = splitLeadingHeadline(s, prev);
            if (rest != s) {
                out.add(headlineUnit(new Segment(s.lines().subList(0, 1), s.names(), s.hardBreak(), true)));
                s = rest;
                prev = out.get(out.size() - 1);
            }
            List<String> paragraphs = paragraphs(s.lines());
            if (prev != null && prev.kind() == PageUnit.Kind.BODY && continues(prev.last(), s)) {
                List<String> merged = new ArrayList<>(prev.paragraphs());
                String tail = merged.remove(merged.size() - 1);
                merged.add(join(tail, paragraphs.get(0)));
                merged.addAll(paragraphs.subList(1, paragraphs.size()));
                List<String> names = new ArrayList<>(prev.names());
                names.addAll(s.names());
                out.set(out.size() - 1, new PageUnit(PageUnit.Kind.BODY, merged, names, prev.hardBreak()));
                continue;
            }
            out.add(new PageUnit(PageUnit.Kind.BODY, paragraphs, s.names(), s.hardBreak()));
        }
        return clean(out);
    }

    /** Drops the (下转第二版) markers and the spaces between Chinese and digits in bodies and headlines. */
    private static List<PageUnit> clean(List<PageUnit> units) {
        List<PageUnit> out = new ArrayList<>(units.size());
        for (PageUnit u : units) {
            if (u.kind() == PageUnit.Kind.BODY || u.kind() == PageUnit.Kind.HEADLINE) {
                List<String> ps = new ArrayList<>();
                for (String p : u.paragraphs()) {
                    String c = TextNormalizer.dropCjkDigitSpaces(CONTINUED.matcher(p).replaceAll("").strip());
                    if (!c.isEmpty()) {
                        ps.add(c);
                    }
                }
                if (ps.isEmpty()) {
                    continue;
                }
                out.add(new PageUnit(u.kind(), ps, u.names(), u.hardBreak()));
            } else {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * A headline printed flush on the line above an indented first paragraph, with no blank line
     * between: the rest of the segment, or the segment itself when its first line is no headline.
     */
    private static Segment splitLeadingHeadline(Segment s, PageUnit prev) {
        List<Line> lines = s.lines();
        if (lines.size() < 2 || lines.get(1).indent() < lines.get(0).indent() + 2) {
            return s;
        }
        Segment first = new Segment(lines.subList(0, 1), List.of(), s.hardBreak(), true);
        boolean afterFinished = prev == null || prev.kind() != PageUnit.Kind.BODY || Punct.endsSentence(prev.last());
        if (!afterFinished || !headlineShaped(first) || Punct.hasComma(lines.get(0).text())) {
            return s;
        }
        return new Segment(lines.subList(1, lines.size()), List.of(), false, false);
    }

    private static boolean continues(String previous, Segment s) {
        if (Punct.endsSentence(previous) || CONTINUED.matcher(previous).find()) {
            return false;
        }
        Line first = s.lines().get(0);
        if (Bylines.startsWithDateline(first.text())) {
            return false;
        }
        return first.indent() < 2 || Punct.endsOpen(previous);
    }

    private static boolean isCredit(Segment s) {
        if (s.lines().size() != 1) {
            return false;
        }
        String t = s.lines().get(0).text();
        return (t.endsWith("摄") || t.endsWith("摄影") || t.endsWith("供图") || t.startsWith("摄影")
                || t.startsWith("图：") || t.startsWith("图:")) && Bylines.isCreditLine(t);
    }

    private static boolean headlineShaped(Segment s) {
        if (s.lines().size() > 4) {
            return false;
        }
        String joined = joinedText(s);
        if (joined.length() < 2 || joined.length() > MAX_HEADLINE) {
            return false;
        }
        if (Punct.hasStop(joined) || Punct.endsOpen(joined) || Bylines.startsWithDateline(joined)) {
            return false;
        }
        return joined.codePoints().anyMatch(TextNormalizer::isHan);
    }

    private static boolean isHeadline(Segment s, PageUnit prev, List<Object> raw, int i) {
        if (!headlineShaped(s)) {
            return false;
        }
        // a number cut from its unit by a column break (26.9亿 | 元,) is not a headline
        if (i + 1 < raw.size() && raw.get(i + 1) instanceof Segment next) {
            String joined = joinedText(s);
            char last = joined.charAt(joined.length() - 1);
            if ((Character.isDigit(last) || "亿万千百".indexOf(last) >= 0)
                    && UNIT_START.matcher(next.lines().get(0).text()).find()) {
                return false;
            }
        }
        boolean afterFinished = prev == null || s.hardBreak() || prev.kind() != PageUnit.Kind.BODY
                || Punct.endsSentence(prev.last()) || CONTINUED.matcher(prev.last()).find();
        if (!afterFinished) {
            return false;
        }
        if (!Punct.hasComma(joinedText(s))) {
            return true;
        }
        // a line with a comma is a subtitle or kicker only beside a headline without one
        boolean prevHeadline = prev != null && prev.kind() == PageUnit.Kind.HEADLINE && !Punct.hasComma(prev.first());
        boolean nextHeadline = i + 1 < raw.size() && raw.get(i + 1) instanceof Segment next
                && headlineShaped(next) && !Punct.hasComma(joinedText(next));
        return prevHeadline || nextHeadline;
    }

    private static String joinedText(Segment s) {
        StringBuilder b = new StringBuilder();
        for (Line l : s.lines()) {
            b.append(l.text());
        }
        return b.toString();
    }

    /** Wrapped headline lines are one headline; a line opening with a dash is its subtitle. */
    private static PageUnit headlineUnit(Segment s) {
        StringBuilder main = new StringBuilder();
        List<String> subs = new ArrayList<>();
        for (Line l : s.lines()) {
            String t = l.text();
            if (t.startsWith("—") || t.startsWith("－－") || t.startsWith("--")) {
                subs.add(t);
            } else if (!subs.isEmpty()) {
                subs.set(subs.size() - 1, subs.get(subs.size() - 1) + t);
            } else {
                main.append(main.length() > 0 && endsLatin(main) && startsLatin(t) ? " " : "").append(t);
            }
        }
        List<String> ps = new ArrayList<>();
        if (main.length() > 0) {
            ps.add(main.toString());
        }
        ps.addAll(subs);
        return new PageUnit(PageUnit.Kind.HEADLINE, ps, s.names(), s.hardBreak());
    }

    /** Paragraphs of a body segment: a new one at an indented line or after a short line ending a sentence. */
    private static List<String> paragraphs(List<Line> lines) {
        int width = 0;
        for (Line l : lines) {
            width = Math.max(width, l.text().length());
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String prevLine = null;
        for (Line l : lines) {
            boolean breakHere = cur.length() > 0 && (l.indent() >= 2
                    || (prevLine != null && Punct.endsSentence(prevLine) && prevLine.length() < width * 0.8));
            if (breakHere) {
                out.add(cur.toString());
                cur = new StringBuilder();
            }
            appendJoined(cur, l.text());
            prevLine = l.text();
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * Joins two pieces of one paragraph: no space between Chinese text, one between Latin words, and
     * inside the parenthesised byline of a dateline a space where whole names meet
     * ({@code 王威晨 | 李明}) but none inside a name split over lines ({@code 刘 | 鹏雪}).
     */
    static String join(String a, String b) {
        StringBuilder sb = new StringBuilder(a);
        appendJoined(sb, b);
        return sb.toString();
    }

    private static void appendJoined(StringBuilder a, String b) {
        if (a.length() == 0 || b.isEmpty()) {
            a.append(b);
            return;
        }
        if (endsLatin(a) && startsLatin(b)) {
            a.append(' ').append(b);
            return;
        }
        String head = a.length() > 40 ? a.substring(0, 40) : a.toString();
        if (a.length() <= 40 && Bylines.startsWithDateline(head) && openParen(head)) {
            int sp = head.lastIndexOf(' ');
            String lastToken = sp < 0 ? head : head.substring(sp + 1);
            int bs = b.indexOf(' ');
            String firstToken = bs < 0 ? b : b.substring(0, bs);
            int close = firstToken.indexOf('）');
            if (close < 0) {
                close = firstToken.indexOf(')');
            }
            if (close >= 0) {
                firstToken = firstToken.substring(0, close);
            }
            if (lastToken.length() >= 2 && firstToken.length() >= 2) {
                a.append(' ').append(b);
                return;
            }
        }
        a.append(b);
    }

    private static boolean openParen(String s) {
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        int close = Math.max(s.lastIndexOf('）'), s.lastIndexOf(')'));
        return open >= 0 && open > close && open < 12;
    }

    private static boolean endsLatin(CharSequence s) {
        char c = s.charAt(s.length() - 1);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean startsLatin(String s) {
        char c = s.charAt(0);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
