package org.newskg.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.DateMention;
import org.newskg.extract.EventResources;
import org.newskg.extract.Mention;
import org.newskg.extract.OrgMention;
import org.newskg.extract.PersonMention;
import org.newskg.extract.PlaceMention;
import org.newskg.extract.dates.PartialDate;
import org.newskg.extract.Sentences;
import org.newskg.text.Article;
import org.newskg.text.Span;

/**
 * Events of one article, one per sentence that tells one: its type (from {@link EventClassifier}), the
 * date written in that sentence (or, for 会后/当天, the date of the event before it; never one for 近日),
 * the place, the persons of that sentence and of the sentences after it that only say who took part
 * (…曲兆文参加。) with their roles, and the organisations of the sentence. Thread-safe once built.
 */
public final class EventRelater {

    private static final String SAME_DAY = "^(?:会后|当天|当日|同日|随后)";
    /** Sentences that go on telling the event before them (会议强调…, 仪式上…): no new event. */
    private static final String SAME_EVENT = "^(?:会上|会议|仪式上|活动现场|活动期间|会议期间|大会|座谈会上|调研组|考察团|督导组|调研中|调研期间|考察期间)";
    private static final String VAGUE_TIME = "日前|近日|近期|前不久|连日来|近年来|今年以来|此前";
    private static final int MAX_LABEL = 60;
    /** A sentence listing who took part: a city's leaders with their titles run to a few hundred characters. */
    private static final int MAX_PARTICIPANT_LIST = 400;
    /** How many sentences of figures or setting may stand between an event and the list of who took part. */
    private static final int MAX_ASIDES = 3;
    private static final Pattern FOLLOWS = Pattern.compile("贯彻|落实|按照|根据|遵照|响应|学习|传达");
    /** A sentence that only adds who else took part in the event just told (…等参加会见。). */
    private static final Pattern JOINED = Pattern.compile(
            "[^，。；]{0,60}(?:参加|陪同|出席)了?(?:上述)?(?:会见|会谈|会晤|调研|考察|活动|仪式|会议)。?");

    // patterns compiled once: String.matches and replaceAll compile theirs on every call
    private static final Pattern SAME_EVENT_OPENING = Pattern.compile(SAME_EVENT + ".*");
    private static final Pattern SAME_DAY_OPENING = Pattern.compile(SAME_DAY + ".*");
    private static final Pattern HOLDS_VAGUE_TIME = Pattern.compile(".*(?:" + VAGUE_TIME + ").*");
    private static final Pattern CLAUSE_BREAK_INSIDE = Pattern.compile("(?s).*[，,；;。].*");
    private static final Pattern ALSO_SPEAKS = Pattern.compile("^[^，。]*?并(?:讲话|致辞|发言).*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]");
    private static final Pattern REPORTER_INSIDE = Pattern.compile(".*(?:记者|通讯员|实习生).*");
    private static final Pattern ENDS_WITH_REPORTER = Pattern.compile(".*(?:记者|通讯员|实习生|摄影|摄)$");
    private static final Pattern REPORTER_THEN_NAMES = Pattern.compile(".*(?:记者|通讯员|实习生)(?:[一-龥]{2,3})+$");
    private static final Pattern HOLDS_LIST_PUNCT = Pattern.compile(".*[，。、].*");
    private static final Pattern MARKS_VENUE = Pattern.compile(".*(?:在|到|赴|前往|走进|我区|我市)$");
    private static final Pattern JOINS_SECOND = Pattern.compile("^(?:并|同时|随后|还|并在|并举行|并为|共同|一同|双方还|此外).*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:并|同时|随后|还|此外)");
    /** A byline opening a sentence (本报讯（记者 王某）, 本报威海讯): the sentence's own words start after it. */
    private static final Pattern BYLINE_OPENING = Pattern.compile(
            "^(?:.{0,12}?|[^。]{0,60}?报道\\s*)本报[一-龥]{0,4}讯\\s*(?:[（(][^）)]{0,40}[）)])?\\s*");

    private final EventClassifier classifier;
    private final Map<String, ParticipantRole> roleVerbs = new LinkedHashMap<>();

    public EventRelater(EventClassifier classifier) {
        this.classifier = classifier;
        for (Map.Entry<String, String> e : EventResources.pairs("participant-roles.tsv").entrySet()) {
            roleVerbs.put(e.getKey(), ParticipantRole.valueOf(e.getValue()));
        }
    }

    public List<EventFact> relate(Article article, List<DateMention> allDates, List<Mention> entities) {
        String text = article.text();
        // the dateline's day (中国网北京2月18日讯) is when the story was filed, not when its event happened
        int creditEnd = org.newskg.text.Bylines.openingCreditEnd(text);
        List<DateMention> dates = allDates.stream().filter(d -> d.span().start() >= creditEnd).toList();
        List<Span> sentences = Sentences.of(text);
        Matcher byline = BYLINE_OPENING.matcher(text);
        List<EventFact> out = new ArrayList<>();
        // the words that told each event (开工仪式), to know a later mention of it
        Map<EventFact, String> triggers = new java.util.IdentityHashMap<>();
        Optional<DateMention> lastDate = Optional.empty();
        boolean headlineUsed = false;
        Optional<Integer> year = article.published().map(java.time.LocalDate::getYear).or(article::yearHint);
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            int from = bodyStart(byline, s);
            Optional<EventClassifier.Trigger> trig = tellingTrigger(text, from, s, dates, year);
            if (trig.isEmpty()) {
                continue;
            }
            EventClassifier.Trigger t = trig.get();
            String sentenceText = text.substring(from, s.end());
            if (SAME_EVENT_OPENING.matcher(sentenceText).matches() && !out.isEmpty()) {
                continue;
            }
            if (JOINED.matcher(sentenceText).matches() && !out.isEmpty()) {
                // 王某、李某参加会见。: more people of the event told before, not a new one
                EventFact last = out.remove(out.size() - 1);
                List<Participation> more = new ArrayList<>(last.participants());
                for (Participation p : participants(text, List.of(s), entities)) {
                    if (more.stream().noneMatch(x -> x.who().equals(p.who()))) {
                        more.add(p);
                    }
                }
                EventFact joined = new EventFact(last.type(), last.label(), last.date(), last.place(), more, last.organizations(),
                        last.evidence());
                triggers.put(joined, triggers.getOrDefault(last, ""));
                out.add(joined);
                continue;
            }
            Optional<DateMention> date = dateFor(dates, s, t, text);
            if (date.isEmpty() && SAME_DAY_OPENING.matcher(sentenceText).matches() && !out.isEmpty()) {
                date = lastDate;
            }
            if (date.isPresent() && date.get().span().start() >= from) {
                String beforeDate = text.substring(from, date.get().span().start());
                if (HOLDS_VAGUE_TIME.matcher(beforeDate).matches()) {
                    date = Optional.empty();
                }
            }
            List<Span> told = new ArrayList<>(List.of(s));
            // the sentences right after that only say who took part, across paragraphs as web pages print them
            // (…仪式举行。 ¶ 市委书记A，市长B，…参加活动。活动由C主持。); 会上… sentences tell the same event on
            // (…仪式举行。 ¶ 市委书记A，市长B，…参加活动。活动由C主持。); 会上… sentences tell the same event on, and a
            // few sentences of figures or setting (全市共有91个项目…。主会场设在…。) may come between
            int asides = 0;
            for (int j = i + 1; j < sentences.size(); j++) {
                Span next = sentences.get(j);
                if (onlySaysWhoTookPart(text, next, dates)) {
                    told.add(next);
                    asides = 0;
                } else if (SAME_EVENT_OPENING.matcher(text.substring(next.start(), next.end())).matches()) {
                    continue;
                } else if (told.size() > 1 || ++asides > MAX_ASIDES
                        || tellsAnEvent(text, next, dates, year) && !restates(text, next, text.substring(t.start(), t.end()), dates)) {
                    break;
                }
            }
            List<Participation> people = participants(text, told, entities).stream()
                    .filter(x -> x.who().span().start() >= creditEnd).toList();
            List<OrgMention> orgs = organisations(text, s, entities, creditEnd);
            String label = label(article, text, from, s, t, headlineUsed);
            if (label.equals(article.headline())) {
                headlineUsed = true;
            }
            Optional<PlaceMention> place = place(text, s, t, entities);
            EventFact event = new EventFact(t.type(), label, date, place, people, orgs, s);
            triggers.put(event, text.substring(t.start(), t.end()));
            out.add(event);
            // a second event the same sentence joins on (…签订合作协议，并为分中心揭牌): of another type, in a later clause
            Optional<EventClassifier.Trigger> second = secondTrigger(text, from, s, t, dates, year);
            if (second.isPresent()) {
                EventClassifier.Trigger t2 = second.get();
                EventFact also = new EventFact(t2.type(), clauseLabel(text, from, s, t2), date, place, people, orgs, s);
                triggers.put(also, text.substring(t2.start(), t2.end()));
                out.add(also);
            }
            if (date.isPresent()) {
                lastDate = date;
            }
        }
        return onOneDay(mergedMentions(out, triggers, text, article.headline()), dates, text);
    }

    /** Words setting a sentence at another time than the report's day (去年, 此前, 曾, 上月). */
    private static final Pattern ANOTHER_TIME = Pattern.compile(VAGUE_TIME + "|去年|前年|上月|上周|曾|过去|以来|年前|多年|每年|历年");

    /**
     * A report of one day (every day the article names is the day of its dated event: 3月18日，…集中开工。…活动中，
     * 陈勇会见客商代表。): its undated events with someone taking part happened that day, unless their sentence
     * sets another time.
     */
    private static List<EventFact> onOneDay(List<EventFact> events, List<DateMention> dates, String text) {
        Optional<DateMention> day = events.stream().map(EventFact::date).flatMap(Optional::stream).findFirst();
        if (day.isEmpty() || day.get().until().isPresent()) {
            return events;
        }
        PartialDate d = day.get().date();
        boolean oneDay = dates.stream().allMatch(m -> m.until().isEmpty() && d.month() == m.date().month() && d.day() == m.date().day());
        if (!oneDay) {
            return events;
        }
        List<EventFact> out = new ArrayList<>();
        for (EventFact e : events) {
            // someone there that day does it (陈勇还到…调研); what a place achieved (入选…试点) may be of any day
            boolean undated = e.date().isEmpty() && !e.participants().isEmpty() && !ANOTHER_TIME.matcher(e.evidence().of(text)).find();
            out.add(undated ? new EventFact(e.type(), e.label(), day, e.place(), e.participants(), e.organizations(), e.evidence()) : e);
        }
        return out;
    }

    /**
     * Undated mentions of an event the article dates once (…开工仪式的主会场设在…, 签约项目代表…表示) are that event: their
     * people and bodies join it: the nearest dated one before it of the same kind named by the same words, or the
     * article's only dated event for the headline's. One set at another time (近日, 日前) stays apart.
     */
    private static boolean sameWho(Mention a, Mention b) {
        String an = a instanceof PersonMention p ? p.name() : ((OrgMention) a).name();
        String bn = b instanceof PersonMention p ? p.name() : ((OrgMention) b).name();
        return an.equals(bn);
    }

    private static List<EventFact> mergedMentions(List<EventFact> events, Map<EventFact, String> triggers, String text, String headline) {
        List<Integer> dated = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k).date().isPresent()) {
                dated.add(k);
            }
        }
        if (dated.isEmpty()) {
            return events;
        }
        EventFact[] merged = events.toArray(new EventFact[0]);
        for (int k = 0; k < events.size(); k++) {
            EventFact e = events.get(k);
            if (e.date().isPresent() || HOLDS_VAGUE_TIME.matcher(e.evidence().of(text)).matches()) {
                continue;
            }
            int host = -1;
            if (dated.size() == 1 && e.label().equals(headline)) {
                host = dated.get(0);
            } else {
                String said = e.evidence().of(text);
                for (int d : dated) {
                    EventFact h = events.get(d);
                    String word = triggers.getOrDefault(h, "");
                    if (d < k && h.type() == e.type() && word.length() >= 2 && said.contains(word)) {
                        host = d;
                    }
                }
            }
            if (host < 0) {
                continue;
            }
            EventFact h = merged[host];
            List<Participation> people = new ArrayList<>(h.participants());
            for (Participation p : e.participants()) {
                // its own sentence's people (lists after it joined it already, or belong to what it tells); the
                // headline's lists are the article's
                boolean own = e.label().equals(headline) || e.evidence().contains(p.who().span());
                if (own && people.stream().noneMatch(x -> sameWho(x.who(), p.who()) && x.role() == p.role())) {
                    people.add(p);
                }
            }
            List<OrgMention> orgs = new ArrayList<>(h.organizations());
            for (OrgMention o : e.organizations()) {
                if (orgs.stream().noneMatch(x -> x.name().equals(o.name()))) {
                    orgs.add(o);
                }
            }
            merged[host] = new EventFact(h.type(), h.label(), h.date(), h.place().or(e::place), people, orgs, h.evidence());
            merged[k] = null;
        }
        List<EventFact> out = new ArrayList<>();
        for (EventFact e : merged) {
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Where the sentence's own words start: after a byline such as 本报讯（记者 王某） or 本报威海讯. */
    private static int bodyStart(Matcher byline, Span s) {
        byline.region(s.start(), s.end());
        return byline.find() ? byline.end() : s.start();
    }

    /** The date of the sentence that belongs to its event: the last one before the trigger, else the first after. */
    private static Optional<DateMention> dateFor(List<DateMention> dates, Span s, EventClassifier.Trigger t, String text) {
        DateMention before = null;
        DateMention after = null;
        for (DateMention d : dates) {
            if (!s.contains(d.span())) {
                continue;
            }
            if (d.span().start() < t.start()) {
                before = d;
            } else if (after == null && d.span().start() >= t.end()
                    && !CLAUSE_BREAK_INSIDE.matcher(text.substring(t.end(), d.span().start())).matches()) {
                // a date after the trigger belongs to it only within its clause (…启动了调查，据媒体25日报道)
                after = d;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    private boolean onlySaysWhoTookPart(String text, Span s, List<DateMention> dates) {
        String t = text.substring(s.start(), s.end());
        if (dates.stream().anyMatch(d -> s.contains(d.span()))) {
            return false;
        }
        if (t.length() > MAX_PARTICIPANT_LIST) {
            return false;
        }
        for (String verb : roleVerbs.keySet()) {
            if (t.contains(verb)) {
                return true;
            }
        }
        return t.startsWith("与会");
    }

    private List<Participation> participants(String text, List<Span> told, List<Mention> entities) {
        List<Participation> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Span s : told) {
            for (Mention m : entities) {
                if (!(m instanceof PersonMention p) || !s.contains(p.span()) || inByline(text, s, p.span())) {
                    continue;
                }
                if (text.startsWith("总书记", p.span().end())) {
                    continue;  // the leader whose words a meeting studies takes no part in it
                }
                for (ParticipantRole role : rolesOf(text, s, p, entities)) {
                    String key = p.name() + "|" + role;
                    if (!seen.contains(key)) {
                        seen.add(key);
                        out.add(new Participation(p, role));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The role verb governing a person: the first one after it, reading over the other title-and-name items
     * of a list (A、B、C参加; title A，title B出席); 与会 before it makes an attendee.
     */
    private List<ParticipantRole> rolesOf(String text, Span s, PersonMention p, List<Mention> entities) {
        int pos = p.span().end();
        while (pos < s.end()) {
            char c = text.charAt(pos);
            if (c == '，' || c == ',' || c == '；') {
                int segEnd = pos + 1;
                while (segEnd < s.end() && "，,；。".indexOf(text.charAt(segEnd)) < 0) {
                    segEnd++;
                }
                Span seg = new Span(pos + 1, segEnd);
                boolean listItem = entities.stream().anyMatch(m -> m instanceof PersonMention && seg.contains(m.span()));
                if (!listItem) {
                    break;
                }
            } else if (c == '。') {
                break;
            } else {
                for (Map.Entry<String, ParticipantRole> e : roleVerbs.entrySet()) {
                    if (text.startsWith(e.getKey(), pos)) {
                        List<ParticipantRole> roles = new ArrayList<>(List.of(e.getValue()));
                        String rest = text.substring(pos + e.getKey().length(), Math.min(s.end(), pos + e.getKey().length() + 12));
                        if (e.getValue() != ParticipantRole.SPEAKER && ALSO_SPEAKS.matcher(rest).matches()) {
                            roles.add(ParticipantRole.SPEAKER);
                        }
                        return roles;
                    }
                }
            }
            pos++;
        }
        String left = text.substring(Math.max(s.start(), p.span().start() - 20), p.span().start());
        if (left.contains("与会") || left.contains("参会")) {
            return List.of(ParticipantRole.ATTENDEE);
        }
        return List.of(ParticipantRole.PARTICIPANT);
    }

    /** Whether the clause before the body says it is followed or obeyed (贯彻落实…, 按照…要求), not present. */
    private static boolean followedAsAuthority(String text, Span s, Span who) {
        int clauseStart = who.start();
        while (clauseStart > s.start() && "，,；;。".indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        return FOLLOWS.matcher(text.substring(clauseStart, who.start())).find();
    }

    /** Whether an undated sentence names the event again by the words that told it (…开工仪式的主会场设在…). */
    private static boolean restates(String text, Span s, String trigger, List<DateMention> dates) {
        return trigger.length() >= 2 && s.of(text).contains(trigger) && dates.stream().noneMatch(d -> s.contains(d.span()));
    }

    private boolean tellsAnEvent(String text, Span s, List<DateMention> dates, Optional<Integer> year) {
        return tellingTrigger(text, s.start(), s, dates, year).isPresent();
    }

    /** The first trigger from {@code from} on in the sentence that tells an event there, if any. */
    private Optional<EventClassifier.Trigger> tellingTrigger(String text, int from, Span s, List<DateMention> dates,
                                                            Optional<Integer> year) {
        Optional<EventClassifier.Trigger> trig = classifier.first(text, from, s.end());
        while (trig.isPresent() && !EventTelling.tells(text, from, s, trig.get(), dates, year)) {
            trig = classifier.first(text, trig.get().end(), s.end());
        }
        return trig;
    }

    private static boolean inByline(String text, Span s, Span who) {
        String before = SPACES.matcher(text.substring(Math.max(s.start(), who.start() - 16), who.start())).replaceAll("");
        int open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
        int close = Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'));
        boolean inParens = open > close;
        return (inParens && REPORTER_INSIDE.matcher(before.substring(open)).matches())
                || ENDS_WITH_REPORTER.matcher(before).matches()
                || REPORTER_THEN_NAMES.matcher(before).matches() && !HOLDS_LIST_PUNCT.matcher(before).matches();
    }

    private static List<OrgMention> organisations(String text, Span s, List<Mention> entities, int creditEnd) {
        List<OrgMention> out = new ArrayList<>();
        for (Mention m : entities) {
            // the outlet of the opening credit (泰安日报社 of 中华泰山网讯（泰安日报社记者…）) reports the event, and a body
            // whose decisions it carries out (贯彻落实省委、省政府工作要求) is not there
            if (m instanceof OrgMention o && s.contains(o.span()) && !inByline(text, s, o.span())
                    && o.span().start() >= creditEnd && !followedAsAuthority(text, s, o.span())
                    && out.stream().noneMatch(x -> x.name().equals(o.name()))) {
                out.add(o);
            }
        }
        return out;
    }

    private static Optional<PlaceMention> place(String text, Span s, EventClassifier.Trigger t, List<Mention> entities) {
        Optional<PlaceMention> venue = EventVenueReader.venue(text, s);
        if (venue.isPresent()) {
            return venue;
        }
        PlaceMention marked = null;
        PlaceMention first = null;
        for (Mention m : entities) {
            if (!(m instanceof PlaceMention p) || !s.contains(p.span())) {
                continue;
            }
            boolean insideOrg = entities.stream().anyMatch(o -> o instanceof OrgMention && o.span().contains(p.span()));
            if (insideOrg) {
                continue;
            }
            if (first == null) {
                first = p;
            }
            String before = text.substring(Math.max(s.start(), p.span().start() - 3), p.span().start());
            if (MARKS_VENUE.matcher(before).matches()) {
                marked = p;
            }
        }
        return Optional.ofNullable(marked != null ? marked : first);
    }

    private Optional<EventClassifier.Trigger> secondTrigger(String text, int from, Span s, EventClassifier.Trigger t,
                                                           List<DateMention> dates, Optional<Integer> year) {
        int at = t.end();
        while (at < s.end() && "，,；;。".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        while (at < s.end()) {
            Optional<EventClassifier.Trigger> next = classifier.first(text, at, s.end());
            if (next.isEmpty()) {
                return Optional.empty();
            }
            EventClassifier.Trigger t2 = next.get();
            int clause = EventTelling.clauseStart(text, from, t2.start());
            String lead = text.substring(clause, t2.start());
            if (t2.type() != t.type() && JOINS_SECOND.matcher(lead).matches()
                    && EventTelling.tells(text, from, s, t2, dates, year)) {
                return next;
            }
            at = t2.end();
        }
        return Optional.empty();
    }

    private static String clauseLabel(String text, int from, Span s, EventClassifier.Trigger t) {
        int a = EventTelling.clauseStart(text, from, t.start());
        int b = t.end();
        while (b < s.end() && "，,；;。！？".indexOf(text.charAt(b)) < 0) {
            b++;
        }
        String clause = LEADING_JOINER.matcher(WHITESPACE.matcher(text.substring(a, b)).replaceAll("")).replaceFirst("");
        return clause.length() > MAX_LABEL ? clause.substring(0, MAX_LABEL) : clause;
    }

    /** The headline when it tells this event (the article's first of that type), else the trigger's clause. */
    private String label(Article article, String text, int from, Span s, EventClassifier.Trigger t, boolean headlineUsed) {
        String headline = article.headline() == null ? "" : article.headline().strip();
        if (!headlineUsed && !headline.isEmpty() && classifier.typeOf(headline).filter(ty -> ty == t.type()).isPresent()
                && !EventTelling.namesACampaign(headline)) {
            return headline;
        }
        int a = t.start();
        while (a > from && "，,；;：:".indexOf(text.charAt(a - 1)) < 0) {
            a--;
        }
        int b = t.end();
        while (b < s.end() && "，,；;。！？".indexOf(text.charAt(b)) < 0) {
            b++;
        }
        String clause = WHITESPACE.matcher(text.substring(a, b)).replaceAll("");
        Matcher at = AT_THE_EVENT.matcher(clause);
        if (at.matches()) {
            clause = at.group(1);   // 在今天召开的全省文旅大会上 names the meeting itself
        }
        return clause.length() > MAX_LABEL ? clause.substring(0, MAX_LABEL) : clause;
    }

    /** A clause that only sets a later one at an event (在…召开的X上): X is the event's name. */
    private static final Pattern AT_THE_EVENT = Pattern.compile("^在[^，,]*?(?:召开|举行|举办|开幕)的(.{4,})(?:上|期间)$");
}
