package org.newskg.extract.projects;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.List;
import org.newskg.extract.DictionaryNames;
import org.newskg.nlp.CommonWords;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;

/**
 * Whether a project's name names one project: the words before its head (…项目, …工程, …基地) do not open
 * with the clause before it (至贵港…, 我国冷链物流基地, 以大型…, 重点解决…), and hold something of its own — a
 * place or a body, a brand the dictionary does not know, a code (G342, 5G; a measure such as 750千伏 alone is none), a product or a
 * facility — rather than an activity in common words (数字化项目, 改造提升工程, 海洋生态修复工程).
 */
final class ProjectNames {

    private ProjectNames() {
    }

    static boolean isSpecific(String name, String head) {
        String before = head == null ? name : name.substring(0, name.length() - head.length());
        if (before.isEmpty()) {
            return false;
        }
        List<Token> tokens = HanlpSegmenter.instance().segment(before);
        if (tokens.isEmpty() || opensAClause(tokens.get(0)) || SPEAKER.matcher(before).lookingAt()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        // an item of a list of projects without a head (爱莎国际教育) is named by the list, unless it tells work
        // being done (农村公路建设); work on no thing is no project wherever it is done (东北黑土地保护, 算电协同)
        if (head == null && ABSTRACT_WORK.contains(last.word())) {
            return false;
        }
        if (hasOwnName(before, tokens)) {
            return true;
        }
        // only common words: a product or a facility names a project (航空轮胎钢丝圈项目, 人才培养基地项目), an
        // activity names a kind of work (改造提升工程, 海洋生态修复工程, 科研联合资助项目, 数字化项目)
        boolean activity = (last.tag().startsWith("v") || last.word().endsWith("化")) && !PRODUCTION.contains(last.word());
        // a facility for an activity is one (孵化基地, 栽培示范区); work named by it is a kind (修复工程, 资助项目)
        if (head == null) {
            return !WORK_DONE.contains(last.word());    // ProjectKinds judges the rest
        }
        return !activity || ABSTRACT_HEADS.stream().noneMatch(head::endsWith);
    }

    /**
     * Whether the words before the head hold a name of their own: a code (G342, 5G, #6), a brand, a place, a body. The
     * recognisers' places and persons count; what they glued into an organisation (智能集控, 新能源汽车) is
     * judged by the dictionary's own words, where the custom dictionary's nz are terms (高端, 光伏, 知识产权)
     * and the core dictionary's named things (金马, 华龙).
     */
    static boolean hasOwnName(String before, List<Token> tokens) {
        String codes = MEASURE.matcher(TECHNOLOGY.matcher(before).replaceAll("")).replaceAll("");
        if (codes.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return true;    // G342, 5G, LNG
        }
        if (tokens.stream().anyMatch(t -> t.word().length() >= 2 && (t.tag().startsWith("ns") || t.tag().startsWith("nr")))) {
            return true;
        }
        List<Token> words = HanlpSegmenter.dictionaryOnly().segment(before);
        return hasBrandRun(words) || words.stream().anyMatch(t -> !TECHNOLOGY.matcher(t.word()).matches() && isProper(t));
    }

    /** A measure of the works (60兆瓦, 220千伏, 30万吨): the size of a kind, not a name of one. */
    private static final java.util.regex.Pattern MEASURE = java.util.regex.Pattern.compile(
            "[0-9.]+\\s*(?:万|千|百)?(?:兆瓦|千瓦|千伏|吨级?|万吨|米|公里|千米|MW|GW|kV|KV|万千瓦)");
    /** Latin letters naming a technology, not the project (AI生物算力中心, VR体验中心). */
    private static final java.util.regex.Pattern TECHNOLOGY = java.util.regex.Pattern.compile("(?<![A-Za-z])(?:AI|VR|AR|IT|ICT|IoT|AIGC)(?![A-Za-z])");
    /** The place a story speaks for, as the subject of its clause (我国冷链物流基地, 全省…). */
    private static final java.util.regex.Pattern SPEAKER = java.util.regex.Pattern.compile("我国|我省|我市|我区|我县|全国|全省|全市|本市");
    /** Verbs ending a list's item that tell work done on something, not a project's name. */
    private static final java.util.Set<String> WORK_DONE = java.util.Set.of(
            "建设", "改造", "提升", "整治", "治理", "修复", "保护", "发展", "升级", "融合", "改扩建", "扩建", "维修", "养护", "协同", "利用", "开发");
    /** Work on a field or a region, not on a thing built (黑土地保护, 算电协同, 产业融合, 两岸造林绿化). */
    private static final java.util.Set<String> ABSTRACT_WORK = java.util.Set.of("保护", "协同", "发展", "融合", "治理", "利用", "绿化", "造林", "禁渔", "治污");
    /** Heads that name work, not a facility. */
    private static final java.util.Set<String> ABSTRACT_HEADS = java.util.Set.of("项目", "工程", "计划", "行动");
    /** Verbs of making something, after which the product is the project (汽车保险杠生产项目). */
    private static final java.util.Set<String> PRODUCTION = java.util.Set.of("生产", "制造", "加工", "研发", "智造", "产业化");
    /** Characters that open a clause before a name (至贵港…, 以大型…), alone as words. */
    private static final String CLAUSE_CHARS = "至以在对把将为与从向自由被让";

    /**
     * Single characters HanLP could not join (天/和, 盈/泓, 纳/力) at the start: a brand the dictionary does not
     * know. A longer run is one when it holds a bound morpheme, as the rivers of 引/汉/济/渭 are; free words
     * alone make a slogan (留/白/增/绿).
     */
    private static boolean hasBrandRun(List<Token> tokens) {
        StringBuilder run = new StringBuilder();
        boolean bound = false;
        for (Token t : tokens) {
            if (t.word().length() != 1) {
                break;
            }
            run.append(t.word());
            bound |= t.tag().length() == 2 && t.tag().charAt(1) == 'g';
        }
        boolean predicate = run.length() >= 2 && (tokens.get(1).tag().startsWith("a") || tokens.get(1).tag().startsWith("v"));
        if (predicate && ("dpcur".indexOf(tokens.get(0).tag().charAt(0)) >= 0 || run.length() == 2 && !bound)) {
            return false;   // an adverb and its word (共/富, 同/富), a verb and its result (铸/牢, 抓/好): a slogan's opening
        }
        return run.length() >= 2 && CoreDictionary.get(run.toString()) == null && (run.length() <= 3 || bound);
    }

    private static boolean opensAClause(Token t) {
        String w = t.word();
        if (w.length() == 1) {
            return CLAUSE_CHARS.indexOf(w.charAt(0)) >= 0;
        }
        String tag = t.tag();
        return tag.equals("v") || tag.startsWith("p") || tag.startsWith("r") || tag.startsWith("d") || tag.startsWith("c")
                || tag.startsWith("u");
    }

    /** Classifiers of a count of things (百个, 一批, 多项), not of a figure of the project. */
    private static final String COUNTED = "个批项家座条所类种支";

    /** Whether the dictionaries know a word a third of the time or more as a place, a person or a body (not nz). */
    private static boolean mostlyProper(CoreDictionary.Attribute a) {
        long proper = CommonWords.frequency(a, tag -> tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nt"));
        return 3 * proper >= CommonWords.frequency(a, tag -> true);
    }

    private static boolean isProper(Token t) {
        String w = t.word();
        if (t.tag().startsWith("ns") || t.tag().startsWith("nr") && w.length() >= 2) {
            return true;
        }
        if (t.tag().startsWith("m") && w.chars().anyMatch(c -> "一二三四五六七八九十百千万亿".indexOf(c) >= 0) && w.length() >= 2) {
            return COUNTED.indexOf(w.charAt(w.length() - 1)) < 0;    // 二期, 三十万吨: a figure of its own; 百个, 一批: a count
        }
        if (w.length() < 2) {
            return false;
        }
        CoreDictionary.Attribute core = CoreDictionary.get(w);
        if (core != null) {
            // the core dictionary's nz are named things it met (金马, 华龙); the custom dictionary's are terms (光伏, 高端)
            return mostlyProper(core) || core.nature.length == 1 && core.nature[0].toString().equals("nz");
        }
        CoreDictionary.Attribute custom = CustomDictionary.get(w);
        return custom == null ? DictionaryNames.namesSomething(w) : mostlyProper(custom);
    }
}
