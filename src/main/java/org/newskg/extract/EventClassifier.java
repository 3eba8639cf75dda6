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

    public EventClassifier() {
        for (String[] r : EventResources.rows("event-triggers.tsv")) {
            rules.add(new Rule(Pattern.compile(r[0].strip()), EventType.valueOf(r[1].strip())));
        }
    }

    /** The earliest trigger in {@code text} between {@code from} and {@code to}, if any. */
    public Optional<Trigger> first(String text, int from, int to) {
        Trigger best = null;
        for (Rule rule : rules) {
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
