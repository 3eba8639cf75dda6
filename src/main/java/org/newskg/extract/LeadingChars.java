package org.newskg.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters every match of a regular expression starts with, read off the expression's text: a
 * text holding none of them holds no match, so the expression need not be run over it. Only plain
 * expressions are read (literal characters, groups, alternatives, quantifiers, lookarounds, classes
 * listing literal characters); for anything else there is no answer, and the expression is always run.
 */
final class LeadingChars {

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

    private final String re;
    private int pos;

    private LeadingChars(String re) {
        this.re = re;
    }

    /** The characters every match of {@code regex} starts with; empty when they cannot be read off. */
    static Optional<Set<Character>> of(String regex) {
        try {
            LeadingChars reader = new LeadingChars(regex);
            First f = reader.alternatives();
            if (reader.pos != regex.length() || f.canBeEmpty() || f.chars() == null) {
                return Optional.empty();
            }
            return Optional.of(Set.copyOf(f.chars()));
        } catch (Unreadable | IndexOutOfBoundsException e) {
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
            case '^', '$' -> {
                pos++;
                return new First(Set.of(), true);
            }
            case '.' -> {
                pos++;
                return new First(null, false);
            }
            case '\\' -> {
                escape();
                return new First(null, false); // a class of characters, a boundary or a literal: taken as any
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
        boolean any = false;
        if (re.charAt(pos) == '^') {
            any = true;
            pos++;
        }
        if (re.charAt(pos) == ']') {
            throw new Unreadable(); // a bracket as the class's first member
        }
        Set<Character> chars = new TreeSet<>();
        while (re.charAt(pos) != ']') {
            char c = re.charAt(pos);
            if (c == '[' || c == '&' && re.charAt(pos + 1) == '&' || Character.isSurrogate(c)) {
                throw new Unreadable(); // nested classes and intersections
            }
            if (c == '\\') {
                escape();
                any = true;
                continue;
            }
            if (c == '-' && !chars.isEmpty() && re.charAt(pos + 1) != ']') {
                any = true; // a range
            }
            chars.add(c);
            pos++;
        }
        pos++; // ]
        return new First(any ? null : chars, false);
    }

    /** Steps over one escape sequence. */
    private void escape() {
        pos++; // backslash
        char e = re.charAt(pos);
        if ((e == 'p' || e == 'P' || e == 'x' || e == 'N') && re.charAt(pos + 1) == '{') {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw new Unreadable();
            }
            pos = close + 1;
        } else if (e == 'p' || e == 'P') {
            pos += 2; // \pL
        } else if (e == 'u') {
            pos += 5;
        } else if (e == 'x') {
            pos += 3;
        } else if (e == 'c') {
            pos += 2;
        } else if (e == 'Q' || e == 'k' || e == '0' || Character.isDigit(e)) {
            throw new Unreadable(); // quoting, back references, octal
        } else {
            pos++;
        }
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
