package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence tells an event, and of which type: the trigger patterns of
 * {@code newskg/events/event-triggers.tsv} (召开…会议 → meeting, 调研 → inspection, 签订 → signing,
 * 入选 → award, 揭牌仪式 → ceremony, 举办…活动 → other). Thread-safe once built.
 */
public final class EventClassifier {

    /** A trigger found in a text: where it is and the type it gives. */
    public record Trigger(int start, int end, EventType type) {
    }

    private record Rule(Pattern pattern, EventType type) {
    }

    private final List<Rule> rules = new ArrayList<>();
    /**
     * For each character, the rules whose matches can start with it (bit i: rule i); rules whose first
     * characters cannot be read off their pattern are in {@link #alwaysTried}. A sentence is scanned once
     * for these characters, and only the rules it can match are run over it.
     */
    private final CharMasks rulesStartingWith;
    private final long alwaysTried;

    public EventClassifier() {
        long always = 0;
        java.util.Map<Character, Long> starting = new java.util.HashMap<>();
        for (String[] r : EventResources.rows("event-triggers.tsv")) {
            String regex = r[0].strip();
            int i = rules.size();
            rules.add(new Rule(Pattern.compile(regex), EventType.valueOf(r[1].strip())));
            Optional<java.util.Set<Character>> lead = i < Long.SIZE ? LeadingChars.of(regex) : Optional.empty();
            if (lead.isEmpty()) {
                always |= i < Long.SIZE ? 1L << i : 0;
                continue;
            }
            for (char c : lead.get()) {
                starting.merge(c, 1L << i, (a, b) -> a | b);
            }
        }
        alwaysTried = always;
        rulesStartingWith = new CharMasks(starting);
    }

    /** The earliest trigger in {@code text} between {@code from} and {@code to}, if any. */
    public Optional<Trigger> first(String text, int from, int to) {
        long possible = alwaysTried;
        for (int i = from; i < to; i++) {
            possible |= rulesStartingWith.get(text.charAt(i));
        }
        Trigger best = null;
        for (int r = 0; r < rules.size(); r++) {
            if (r < Long.SIZE && (possible & (1L << r)) == 0) {
                continue; // no character in the stretch can start a match of this rule
            }
            Rule rule = rules.get(r);
            Matcher m = rule.pattern().matcher(text).region(from, to);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Trigger(m.start(), m.end(), rule.type());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The type of a short text such as a headline, if it tells an event. */
    public Optional<EventType> typeOf(String text) {
        return first(text, 0, text.length()).map(Trigger::type);
    }
}
