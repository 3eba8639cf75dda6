package org.newskg.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters every match of a regular expression starts with, read off the expression's text: a
 * match can start nowhere else, so the expression need only be tried at those offsets (see
 * {@link LeadScan}). Only plain expressions are read (literal characters, groups, alternatives,
 * quantifiers, lookarounds, classes of literal characters and short ranges, {@code \d}, {@code \s});
 * for anything else there is no answer, and the expression is run as it is.
 */
public final class LeadingChars {

    /**
     * What was read: the characters, and whether a match at an offset depends on nothing before it nor
     * on where the search began (no lookbehind, no {@code ^}, no word boundary), so that it can be tried
     * at that offset alone within the same end.
     */
    public record Leads(Set<Character> chars, boolean boundsFree) {
    }

    /**
     * What one piece of the expression can start with ({@code chars} null: any character, such as
     * {@code .} or {@code [^，。]}), and whether it can match nothing at all.
     */
    private record First(Set<Character> chars, boolean canBeEmpty) {
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** Ranges in a class are listed character by character up to this size; wider ones are any character. */
    private static final int MAX_RANGE = 512;
    private static final Set<Character> DIGITS = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static final Set<Character> SPACES = Set.of(' ', '\t', '\n', '\u000B', '\f', '\r');

    private final String re;
    private int pos;
    private boolean boundsFree = true;

    private LeadingChars(String re) {
        this.re = re;
    }

    /** The characters every match of {@code regex} starts with; empty when they cannot be read off. */
    public static Optional<Leads> of(String regex) {
        try {
            LeadingChars reader = new LeadingChars(regex);
            First f = reader.alternatives();
            if (reader.pos != regex.length() || f.canBeEmpty() || f.chars() == null) {
                return Optional.empty();
            }
            return Optional.of(new Leads(Set.copyOf(f.chars()), reader.boundsFree));
        } catch (Unreadable | IndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private First alternatives() {
        Set<Character> chars = new TreeSet<>();
        boolean empty = false;
        while (true) {
            First f = sequence();
            chars = union(chars, f.chars());
            empty |= f.canBeEmpty();
            if (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                continue;
            }
            return new First(chars, empty);
        }
    }

    private First sequence() {
        Set<Character> chars = new TreeSet<>();
        boolean open = true; // every piece so far can match nothing
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            First piece = quantified(atom());
            if (open) {
                chars = union(chars, piece.chars());
                open = piece.canBeEmpty();
            }
        }
        return new First(chars, open);
    }

    private First atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                return charClass();
            }
            case '^' -> {
                pos++;
                boundsFree = false;
                return new First(Set.of(), true);
            }
            case '$' -> {
                pos++;
                return new First(Set.of(), true);
            }
            case '.' -> {
                pos++;
                return new First(null, false);
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?', '{' -> throw new Unreadable();
            default -> {
                if (Character.isSurrogate(c)) {
                    throw new Unreadable();
                }
                pos++;
                return new First(Set.of(c), false);
            }
        }
    }

    private First group() {
        pos++; // (
        boolean lookaround = false;
        if (re.startsWith("?:", pos)) {
            pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
            pos += 3;
            lookaround = true;
            boundsFree = false;
        } else if (re.startsWith("?<", pos)) {
            int close = re.indexOf('>', pos);
            if (close < 0) {
                throw new Unreadable();
            }
            pos = close + 1; // a named group
        } else if (re.startsWith("?", pos)) {
            throw new Unreadable(); // flags, atomic groups and the like
        }
        First inner = alternatives();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new Unreadable();
        }
        pos++;
        // a lookaround matches no character of its own
        return lookaround ? new First(Set.of(), true) : inner;
    }

    private First charClass() {
        pos++; // [
        boolean negated = false;
        if (re.charAt(pos) == '^') {
            negated = true;
            pos++;
        }
        if (re.charAt(pos) == ']') {
            throw new Unreadable(); // a bracket as the class's first member
        }
        Set<Character> chars = new TreeSet<>();
        boolean any = negated;
        while (re.charAt(pos) != ']') {
            char c = re.charAt(pos);
            if (c == '[' || c == '&' && re.charAt(pos + 1) == '&' || Character.isSurrogate(c)) {
                throw new Unreadable(); // nested classes and intersections
            }
            if (c == '\\') {
                First e = escape();
                if (e.canBeEmpty()) {
                    throw new Unreadable(); // a boundary inside a class means something else
                }
                if (e.chars() == null) {
                    any = true;
                } else {
                    chars.addAll(e.chars());
                }
                continue;
            }
            if (re.charAt(pos + 1) == '-' && re.charAt(pos + 2) != ']') {
                char to = re.charAt(pos + 2);
                if (to == '\\' || to == '[' || Character.isSurrogate(to) || to < c) {
                    throw new Unreadable();
                }
                if (to - c > MAX_RANGE) {
                    any = true;
                } else {
                    for (char r = c; r <= to; r++) {
                        chars.add(r);
                    }
                }
                pos += 3;
                continue;
            }
            chars.add(c);
            pos++;
        }
        pos++; // ]
        return new First(any ? null : chars, false);
    }

    /** One escape sequence: the characters it stands for (null for many), or a boundary (no character). */
    private First escape() {
        pos++; // backslash
        char e = re.charAt(pos);
        if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && re.charAt(pos + 1) == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unreadable();
            }
            String inside = re.substring(pos + 2, close);
            pos = close + 1;
            if (e == 'x') {
                return literal((char) Integer.parseInt(inside, 16));
            }
            return new First(null, false);
        }
        switch (e) {
            case 'd' -> {
                pos++;
                return new First(DIGITS, false);
            }
            case 's' -> {
                pos++;
                return new First(SPACES, false);
            }
            case 'b', 'B', 'A', 'z', 'Z' -> {
                pos++;
                boundsFree = false;
                return new First(Set.of(), true);
            }
            case 'u', 'x' -> {
                int digits = e == 'u' ? 4 : 2;
                char c = (char) Integer.parseInt(re.substring(pos + 1, pos + 1 + digits), 16);
                pos += 1 + digits;
                return literal(c);
            }
            case 't', 'n', 'r', 'f' -> {
                pos++;
                char c = switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> '\f';
                };
                return new First(Set.of(c), false);
            }
            default -> {
                if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
                    // \G, quoting, back references, octal, control characters, other classes: not read
                    throw new Unreadable();
                }
                pos++;
                return new First(Set.of(e), false); // an escaped punctuation mark stands for itself
            }
        }
    }

    private static First literal(char c) {
        if (Character.isSurrogate(c)) {
            throw new Unreadable();
        }
        return new First(Set.of(c), false);
    }

    /** The piece with any quantifier after it applied: one that allows no repetition can match nothing. */
    private First quantified(First piece) {
        if (pos >= re.length()) {
            return piece;
        }
        char q = re.charAt(pos);
        boolean none;
        if (q == '?' || q == '*') {
            pos++;
            none = true;
        } else if (q == '+') {
            pos++;
            none = false;
        } else if (q == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unreadable();
            }
            String min = re.substring(pos + 1, close).split(",", -1)[0].strip();
            if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
                throw new Unreadable();
            }
            none = Integer.parseInt(min) == 0;
            pos = close + 1;
        } else {
            return piece;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same characters
        }
        if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0) {
            throw new Unreadable();
        }
        return new First(piece.chars(), piece.canBeEmpty() || none);
    }

    private static Set<Character> union(Set<Character> a, Set<Character> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<Character> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
