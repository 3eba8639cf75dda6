package org.newskg.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.CharMasks;
import org.newskg.extract.EventResources;
import org.newskg.extract.LeadingChars;

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
     * For each character, the rules whose matches can start with it (bit i: rule i). A sentence is read
     * once, offset by offset, and at each only the rules that can start there are tried; rules whose
     * leading characters cannot be read off their pattern (or that look behind the offset) are in
     * {@link #searched} and searched for as before.
     */
    private final CharMasks rulesStartingWith;
    private final long searched;
    /** Each thread's matchers of the rules, kept for the text last read: an article asks for many stretches of itself. */
    private final ThreadLocal<RuleMatchers> matchers = ThreadLocal.withInitial(RuleMatchers::new);

    private final class RuleMatchers {
        private final Matcher[] byRule = new Matcher[rules.size()];
        private String text;

        Matcher of(int rule, String t) {
            if (t != text) {
                java.util.Arrays.fill(byRule, null);
                text = t;
            }
            Matcher m = byRule[rule];
            if (m == null) {
                m = byRule[rule] = rules.get(rule).pattern().matcher(t);
            }
            return m;
        }
    }

    public EventClassifier() {
        long always = 0;
        java.util.Map<Character, Long> starting = new java.util.HashMap<>();
        for (String[] r : EventResources.rows("event-triggers.tsv")) {
            String regex = r[0].strip();
            int i = rules.size();
            rules.add(new Rule(Pattern.compile(regex), EventType.valueOf(r[1].strip())));
            Optional<LeadingChars.Leads> lead = i < Long.SIZE - 1 ? LeadingChars.of(regex) : Optional.empty();
            if (lead.isEmpty() || !lead.get().boundsFree()) {
                always |= 1L << Math.min(i, Long.SIZE - 1);
                continue;
            }
            for (char c : lead.get().chars()) {
                starting.merge(c, 1L << i, (a, b) -> a | b);
            }
        }
        searched = always;
        rulesStartingWith = new CharMasks(starting);
    }

    /** The earliest trigger in {@code text} between {@code from} and {@code to}, if any; the first rule's at one offset. */
    public Optional<Trigger> first(String text, int from, int to) {
        RuleMatchers ms = matchers.get();
        Trigger best = null;
        int bestRule = -1;
        for (int r = 0; r < rules.size(); r++) {
            if ((searched & (1L << Math.min(r, Long.SIZE - 1))) == 0) {
                continue;
            }
            Matcher m = ms.of(r, text).region(from, to);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Trigger(m.start(), m.end(), rules.get(r).type());
                bestRule = r;
            }
        }
        int stop = best == null ? to : best.start() + 1;
        for (int i = from; i < stop; i++) {
            for (long can = rulesStartingWith.get(text.charAt(i)); can != 0; can &= can - 1) {
                int r = Long.numberOfTrailingZeros(can);
                if (best != null && best.start() == i && bestRule < r) {
                    break; // an earlier rule matches here already
                }
                Matcher m = ms.of(r, text).region(i, to);
                if (m.lookingAt()) {
                    return Optional.of(new Trigger(i, m.end(), rules.get(r).type()));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The type of a short text such as a headline, if it tells an event. */
    public Optional<EventType> typeOf(String text) {
        return first(text, 0, text.length()).map(Trigger::type);
    }
}
