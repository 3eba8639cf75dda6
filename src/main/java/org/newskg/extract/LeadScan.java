package org.newskg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only at the offsets where one of its matches can start ({@link LeadingChars}),
 * giving the matches {@link Matcher#find()} gives. Java's matcher tries every offset of the text and,
 * for a pattern that opens with alternatives or optional parts, fails slowly at each; most characters
 * of a text start no match, and are passed over here by one table lookup. Where the leading characters
 * cannot be read off the pattern it is run as it is. Immutable; matchers are made per use.
 */
public final class LeadScan {

    private final Pattern pattern;
    /** The leading characters (mask 1), or null when they are not known. */
    private final CharMasks leads;

    public LeadScan(Pattern pattern) {
        this.pattern = pattern;
        Optional<LeadingChars.Leads> read = pattern.flags() == 0 ? LeadingChars.of(pattern.pattern()) : Optional.empty();
        if (read.isPresent()) {
            Map<Character, Long> m = new HashMap<>();
            read.get().chars().forEach(c -> m.put(c, 1L));
            leads = new CharMasks(m);
        } else {
            leads = null;
        }
    }

    /** The matches in the whole of {@code text}, one by one, as repeated {@code find()} gives them. */
    public Run in(CharSequence text) {
        return new Run(text);
    }

    /** Successive matches over a whole text. */
    public final class Run {

        private final CharSequence text;
        private final Matcher m;
        private int from;

        private Run(CharSequence text) {
            this.text = text;
            // lookbehinds see the whole text and ^ matches only at its start, whatever the region:
            // a match tried at an offset is the one a search over the whole text finds there
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Moves to the next match; false when there is none. Read it from {@link #matcher()}. */
        public boolean find() {
            int n = text.length();
            boolean found = false;
            if (from <= n) {
                if (leads == null) {
                    found = m.region(from, n).find();
                } else {
                    for (int i = from; i < n && !found; i++) {
                        found = leads.get(text.charAt(i)) != 0 && m.region(i, n).lookingAt();
                    }
                }
            }
            // as find() does, the search goes on where the match ended, one further after an empty one
            from = !found ? n + 1 : m.end() == m.start() ? m.end() + 1 : m.end();
            return found;
        }

        public Matcher matcher() {
            return m;
        }
    }
}
