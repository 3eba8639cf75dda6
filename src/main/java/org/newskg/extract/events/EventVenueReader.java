package org.newskg.extract.events;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.PlaceMention;
import org.newskg.text.Span;

/**
 * The venue where a sentence says its event was held: 在人民大会堂举行, 在滨河会展中心召开, and 在京/在沪
 * for the two cities the genre names by one character. Stateless.
 */
final class EventVenueReader {

    private static final Pattern VENUE = Pattern.compile(
            "在(?<v>[一-龥0-9A-Za-z·]{1,20}?(?:会议室|会展中心|体育场|体育馆|礼堂|会堂|宾馆|酒店|饭店|大厦|广场|剧院|陵园|馆|中心|公园|园区|学院|大学))"
                    + "(?=举行|召开|举办|开幕|闭幕|会见|会谈|同|与|出席|主持|隆重|启动|签约|签署|揭牌|开展|拉开|落幕|正式|成立|开馆)");
    private static final Pattern CITY = Pattern.compile("在(?<c>[京沪])(?=举行|召开|举办|开幕|闭幕|会见|会谈|同|与|出席|主持|隆重|启动|签约|签署|揭牌|落幕|成立)");

    private EventVenueReader() {
    }

    /** The venue or one-character city of the sentence {@code s}, if it names one. */
    static Optional<PlaceMention> venue(String text, Span s) {
        String sentence = text.substring(s.start(), s.end());
        Matcher m = VENUE.matcher(sentence);
        if (m.find() && !m.group("v").contains("的")) {
            return Optional.of(new PlaceMention(new Span(s.start() + m.start("v"), s.start() + m.end("v")), m.group("v")));
        }
        Matcher c = CITY.matcher(sentence);
        if (c.find()) {
            String name = c.group("c").equals("京") ? "北京" : "上海";
            return Optional.of(new PlaceMention(new Span(s.start() + c.start("c"), s.start() + c.end("c")), name));
        }
        return Optional.empty();
    }
}
