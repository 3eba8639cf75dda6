package org.newskg.extract.projects;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.List;
import org.newskg.extract.DictionaryNames;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;

/**
 * Whether a project's name names one project: the words before its head (…项目, …工程, …基地) do not open
 * with the clause before it (至贵港…, 我国冷链物流基地, 以大型…, 重点解决…), and hold something of its own — a
 * place or a body, a brand the dictionary does not know, a figure (3000吨级, 750千伏, 5G), a product or a
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
        if (hasOwnName(before, tokens)) {
            return true;
        }
        // only common words: a product or a facility names a project (航空轮胎钢丝圈项目, 人才培养基地项目), an
        // activity names a kind of work (改造提升工程, 海洋生态修复工程, 科研联合资助项目, 数字化项目)
        Token last = tokens.get(tokens.size() - 1);
        boolean activity = (last.tag().startsWith("v") || last.word().endsWith("化")) && !PRODUCTION.contains(last.word());
        // a facility for an activity is one (孵化基地, 栽培示范区); work named by it is a kind (修复工程, 资助项目)
        return !activity || head != null && ABSTRACT_HEADS.stream().noneMatch(head::endsWith);
    }

    /** Whether the words before the head hold a name of their own: a figure, a brand, a place, a body. */
    static boolean hasOwnName(String before, List<Token> tokens) {
        if (before.chars().anyMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            return true;    // 3000吨级, 750千伏, 5G
        }
        return hasBrandRun(tokens) || tokens.stream().anyMatch(ProjectNames::isProper);
    }

    /** The place a story speaks for, as the subject of its clause (我国冷链物流基地, 全省…). */
    private static final java.util.regex.Pattern SPEAKER = java.util.regex.Pattern.compile("我国|我省|我市|我区|我县|全国|全省|全市|本市");
    /** Heads that name work, not a facility. */
    private static final java.util.Set<String> ABSTRACT_HEADS = java.util.Set.of("项目", "工程", "计划", "行动");
    /** Verbs of making something, after which the product is the project (汽车保险杠生产项目). */
    private static final java.util.Set<String> PRODUCTION = java.util.Set.of("生产", "制造", "加工", "研发", "智造", "产业化");
    /** Characters that open a clause before a name (至贵港…, 以大型…), alone as words. */
    private static final String CLAUSE_CHARS = "至以在对把将为与从向自由被让";

    /** Single characters HanLP could not join (天/和, 盈/泓, 纳/力) at the start: a brand the dictionary does not know. */
    private static boolean hasBrandRun(List<Token> tokens) {
        StringBuilder run = new StringBuilder();
        for (Token t : tokens) {
            if (t.word().length() != 1) {
                break;
            }
            run.append(t.word());
        }
        return run.length() >= 2 && CoreDictionary.get(run.toString()) == null;
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

    private static boolean isProper(Token t) {
        String w = t.word();
        if (t.tag().startsWith("ns") || t.tag().startsWith("nr") && w.length() >= 2) {
            return true;
        }
        if (t.tag().equals("m") && w.chars().anyMatch(c -> "一二三四五六七八九十百千万亿".indexOf(c) >= 0) && w.length() >= 2) {
            return true;    // 二期, 三十万吨: a figure of its own
        }
        if (w.length() < 2) {
            return false;
        }
        return DictionaryNames.namesSomething(w);
    }
}
