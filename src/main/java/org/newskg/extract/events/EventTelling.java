package org.newskg.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.DateMention;
import org.newskg.text.Span;

/**
 * Whether a trigger word found in a sentence tells an event that took place (or one set for a named day),
 * rather than only naming one: inside a title or quotation, in someone's reported words, in the background
 * or history of the story, in a duty or undated plan, in a statistic, in the notice of a programme or an
 * editorial, as the source a reporter learnt from, in a campaign or a series, or as a generic word
 * (游客参观, 成立…周年). Stateless.
 */
final class EventTelling {

    /** Duty, plan and manner words before a trigger in its clause (要…调研, 将…推出, 谋划成立). */
    private static final Pattern DUTY = Pattern.compile(
            "要|要求|持续|不断|加强|切实|进一步|计划|谋划|拟|预计|争取|通过|可在|每年|鼓励|支持|推动|力争|着力|有序|积极"
            + "|全力|加快|确保|采取|采用");
    /** 将 as a future marker, not inside 将军, 将领 and the like. */
    private static final Pattern FUTURE = Pattern.compile("即将|将要|(?<![大主名老小健强中少上猛])将(?![军领士帅近])|明天|明日|明年|下一步");
    /** Words after a trigger that make it a time, a count or a person (签约后, 成立70周年, 参观者). */
    private static final Pattern AFTER = Pattern.compile(
            "^(?:后|以来|之后|期间|以后|前|之前|[0-9一二三四五六七八九十百]+(?:周年|年来|年)|者|人次|量|倒计时|体验"
            + "|中(?![心央国华外])|时(?!代)|之际|途中|过程中|情况|成果|规模|金额|总额|数量)");
    /** A speaker's words follow (X表示，…; 据介绍，…): what they tell is not reported as an event here. */
    private static final Pattern SPEECH = Pattern.compile(
            "(?:表示|指出|强调|认为|称|说|说道|介绍|透露|提出|希望|呼吁|宣称|坦言|谈到)[，,：:]");
    /** A stance taken towards an event (祝贺…成功举办, 欢迎…达成协议): the event is someone else's news. */
    private static final Pattern STANCE = Pattern.compile("祝贺|感谢|赞赏|欢迎(?!仪式|宴会)");
    /** A stance told after the event's words (对活动的举办表示祝贺): the event is someone else's news. */
    private static final Pattern STANCE_AFTER = Pattern.compile("表示(?:祝贺|感谢|欢迎|赞赏|支持)|致以祝贺");
    /** Background and history: the story looks back (一经成立, 如今…成立了, 早在, 当年). */
    private static final Pattern BACKGROUND = Pattern.compile(
            "一经|如今|曾经|当年|早在|多年前|年前|历史上|那时|从此|自此|此前|过去|之前|以往|先后建成|去年|前年");
    /** Totals over a period (截至…已有…签约, 共有…开通, 1—8月…新开工). */
    private static final Pattern AGGREGATE = Pattern.compile(
            "截至|截止|累计|共计|共有|已有|总计|[0-9]+[—\\-－～~至][0-9]+月|前[一二三]季度|上半年|今年以来|全年|[0-9.]+%的");
    /** A notice of a programme or a newspaper's editorial (明天出版的…将发表, 今晚…播出). */
    private static final Pattern NOTICE = Pattern.compile("播出|播发|出版的|发表社论|刊登|登载|首播|专题片|纪录片|电视剧");
    /** A count inside a trigger (举办了13场主题论坛): a total, not one event. */
    private static final Pattern COUNTED = Pattern.compile("[0-9一二三四五六七八九十百千]+[余多]?[场个项批次届]?(?:主题|专题|配套)?(?:论坛|活动|会议|座谈会)");
    /**
     * A campaign or a series rather than one happening: activities of many kinds (形式多样的, 一系列, 等活动), a
     * campaign set going (部署开展, 广泛开展), or many places or times at once (各地举办, 在纽约等多地举行, 分别举行,
     * 陆续在…举行, 全军各部队开展).
     */
    private static final Pattern CAMPAIGN = Pattern.compile(
            "形式多样|丰富多样|多种形式|丰富多彩的|各具特色|一系列|系列(?:主题)?活动|各类|多场|[0-9.]+万?场|场次|等(?:系列|多项)?活动|等多项"
            + "|(?:多地|各地|等地|陆续|分别|纷纷)(?:同步|同时|再次)?(?:在[^，。]{1,12})?(?:举行|举办|开展|召开)|扎实开展|广泛开展|多项|余项|多彩活动"
            + "|驻多国|举办[^，。；]{0,12}系列|更多|(?:[十百千]余|多|数)个(?:地市|城市|省份|省区市|国家|地区|县区|市县)|(?:超过|逾)[0-9]+个|众多"
            + "|多次|各大|[0-9]+个城市|驻外使团|等[^，。；]{0,4}(?:活动|比赛|赛事|展览)");
    private static final Pattern CAMPAIGN_OPENING = Pattern.compile(
            "部署开展|广泛开展|深入开展|持续开展|创新开展|依法依规开展|组织开展|常态化|^(?:各地|多地|全国各地|各级|各部队|全军各部队|各省|多个城市)");
    /** 开展 a campaign (开展…宣讲活动, 开展…训练), unless it qualifies an event told by another verb (开展的…活动…举行). */
    private static final Pattern CAMPAIGN_VERB = Pattern.compile("^开展(?!的)");
    /** Set going a response or a procedure (启动…应急响应, 启动预案): a measure taken, no ceremony. */
    private static final Pattern MEASURE_STARTED = Pattern.compile("应急响应|响应|预案|程序|机制|预警");
    /** An event an earlier sentence told, named again (本次活动在…举行, 此次会议…). */
    private static final Pattern ANAPHOR = Pattern.compile(
            "^(?:本次|此次|这次|本届|(?:该|这场|此|一场|一次)(?:[^，。；]{0,8}?)(?:活动|会议|大会|论坛|展会|赛事|比赛|峰会|博览会|仪式))");
    /** How a kind of event is held (大赛采取线上线下相结合方式举行): a description, not a telling. */
    private static final Pattern MANNER = Pattern.compile("采取|采用|方式|形式");
    /** A count after the trigger (本次集中开工项目31个, 签约项目12个): a tally of what the event did. */
    private static final Pattern TALLY_AFTER = Pattern.compile("^[^，。；]{0,6}?[0-9一二三四五六七八九十百]+[个项家座]");
    /** Who only look round (游客参观): no inspection. */
    private static final Pattern ONLOOKERS = Pattern.compile("游客|观众|市民|群众|参观者|前来|慕名|吸引");
    /** The reporter's source: 记者从…获悉/了解到, or 在…发布会上，X介绍. */
    private static final Pattern SOURCE = Pattern.compile(
            "记者[^。]{0,12}?从[^。]*?(?:获悉|了解到|得知|获知)|在[^。，]*?发布会上");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<![0-9])([12][0-9]{3})年(?![0-9一二三四五六七八九十]{1,2}月|[代底初末])");
    /** Triggers so common outside news of an event that they need a date of their own in the sentence. */
    private static final Pattern WEAK = Pattern.compile("成立|启动|开通|投产|上线运行|正式上线|参观|走访|推出|列为|评为");
    /** 达成的协议: the trigger describes the agreement rather than telling it. */
    private static final Pattern ATTRIBUTE_OF_AGREEMENT = Pattern.compile("^(?:达成|签署|签订)的.*");
    /** Words that open a quotation (：“, 说“). */
    private static final Pattern QUOTE_OPENER = Pattern.compile("(?s).*(?:[：:]|说|道|称)$");

    private EventTelling() {
    }

    /**
     * Whether the trigger {@code t} in the sentence {@code s} (its own words starting at {@code from}) tells an
     * event. {@code dates} are the article's dates; {@code publishedYear} its year when known.
     */
    static boolean tells(String text, int from, Span s, EventClassifier.Trigger t, List<DateMention> dates,
                         Optional<Integer> publishedYear) {
        String before = text.substring(from, t.start());
        int clauseStart = clauseStart(text, from, t.start());
        String clauseBefore = text.substring(clauseStart, t.start());
        int clauseEnd = clauseEnd(text, t.end(), s.end());
        String clauseAfter = text.substring(t.end(), clauseEnd);
        String sentence = text.substring(from, s.end());
        boolean datedBefore = dates.stream().anyMatch(d -> d.span().start() >= from && d.span().end() <= t.start());
        boolean datedInClause = dates.stream().anyMatch(d -> d.span().start() >= clauseStart && d.span().end() <= t.start());
        boolean dated = dates.stream().anyMatch(d -> s.contains(d.span()));

        if (insideTitleOrQuote(before)) {
            return false;
        }
        if (DUTY.matcher(clauseBefore).find() || STANCE.matcher(clauseBefore).find() || AFTER.matcher(clauseAfter).find()
                || STANCE_AFTER.matcher(clauseAfter).find()) {
            return false;
        }
        if ((FUTURE.matcher(clauseBefore).find() || clauseAfter.startsWith("将")) && !datedBefore) {
            return false;
        }
        if (NOTICE.matcher(sentence).find() || SPEECH.matcher(before).find() || SOURCE.matcher(sentence).find()
                && SOURCE.matcher(sentence).results().anyMatch(m -> from + m.start() <= t.start() && from + m.end() >= t.end())) {
            return false;
        }
        if (BACKGROUND.matcher(before).find() || AGGREGATE.matcher(before).find() || earlierYear(before, publishedYear)) {
            return false;
        }
        String word = text.substring(t.start(), t.end());
        if (COUNTED.matcher(word).find() || ATTRIBUTE_OF_AGREEMENT.matcher(word).matches()
                || clauseBefore.startsWith("自") && clauseAfter.endsWith("以来")) {
            return false;  // 举办了13场论坛 (a total), 达成的协议 (an attribute), 自…启动…以来 (a time)
        }
        String clause = clauseBefore + word + clauseAfter;
        if (CAMPAIGN.matcher(clause).find() || CAMPAIGN_OPENING.matcher(clauseBefore + word).find()) {
            return false;  // 开展形式多样的主题党日活动, 各地举办“中国旅游日”活动: a campaign, no one event
        }
        boolean manyHeld = t.type() == EventType.OTHER && count(clause, '、') >= 2;
        if (manyHeld || TALLY_AFTER.matcher(clauseAfter).find() || MANNER.matcher(word).find()) {
            return false;  // 举办A、B、C…: several activities; 开工项目31个: a tally
        }
        if (clauseBefore.endsWith("多")) {
            return false;  // 多举办…活动: a wish for more of them
        }
        if (CAMPAIGN_VERB.matcher(word).find() || ANAPHOR.matcher(clauseBefore + word).find()
                || word.equals("启动") && MEASURE_STARTED.matcher(clauseAfter).find()) {
            return false;  // 开展宣讲活动 (a campaign), 本次活动在…举行 (told before), 启动四级应急响应 (a measure)
        }
        if (word.contains("参观") && ONLOOKERS.matcher(sentence).find()) {
            return false;
        }
        if (clauseBefore.startsWith("在") && clauseAfter.endsWith("时")) {
            return false;  // 在会见X时，…: the event told before, now the setting of someone's words
        }
        if (text.startsWith("的", t.end()) && !datedInClause) {
            return false;  // an attribute (举行比赛的场馆, 首个启动研制的标准), not a telling
        }
        return !(WEAK.matcher(word).matches() && !dated);
    }

    /** Whether a headline tells a campaign or many happenings (全国消防日 各地开展形式多样…, 海军在多地举行活动): no event's title. */
    static boolean namesACampaign(String headline) {
        return CAMPAIGN.matcher(headline).find() || CAMPAIGN_OPENING.matcher(headline).find() || headline.contains("多地");
    }

    /** An unclosed 《 or “ before the trigger: it is part of a title or of someone's quoted words. */
    private static boolean insideTitleOrQuote(String before) {
        if (count(before, '《') > count(before, '》')) {
            return true;
        }
        int quote = before.lastIndexOf('“');
        return quote > before.lastIndexOf('”') && QUOTE_OPENER.matcher(before.substring(0, quote)).matches();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** A year named alone (2016年) before the publication's year: the clause tells history. */
    private static boolean earlierYear(String clause, Optional<Integer> publishedYear) {
        if (publishedYear.isEmpty()) {
            return false;
        }
        Matcher m = YEAR_ONLY.matcher(clause);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < publishedYear.get()) {
                return true;
            }
        }
        return false;
    }

    static int clauseStart(String text, int from, int at) {
        int a = at;
        while (a > from && "，,；;：:".indexOf(text.charAt(a - 1)) < 0) {
            a--;
        }
        return a;
    }

    private static int clauseEnd(String text, int at, int end) {
        int b = at;
        while (b < end && "，,；;。！？".indexOf(text.charAt(b)) < 0) {
            b++;
        }
        return b;
    }
}
