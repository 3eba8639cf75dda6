package org.newskg.extract.projects;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.Chars;
import org.newskg.extract.ProjectMention;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/**
 * Whether a name the project readers found names one project, or several, a place's projects at
 * large or a kind of project a story talks about. National news speaks of kinds (煤制油项目,
 * 人工智能算力中心, 特高压交流输电工程) far more often than of one project; regional news names one with the
 * step of its life beside it (洽谈氧化铝项目, 开工, 签约) or in a sentence about projects being done.
 */
final class ProjectKinds {

    /** Counts inside a name (总台多个科技文化项目, 五大海上风电基地首个项目): several projects. */
    private static final Pattern COUNT_INSIDE = Pattern.compile("多个|多项|几支|几个|首个|首批|两重|[一二三四五六七八九十两]大");
    /** Steps of a project's life told right beside it (not 建设 or 规划, said of kinds too). */
    private static final Pattern PROJECT_STEP = Pattern.compile("开工|签约|签订|落户|落地|投产|竣工|开建|奠基|洽谈|对接|入驻|达产|引进");
    /** A sentence of projects being done: a sum of money or a step of a project's life. */
    private static final Pattern PROJECT_SENTENCE = Pattern.compile(
            "[0-9一二三四五六七八九十百千万亿.]+\\s*(?:亿|万)?元|开工|签约|签订|落户|落地|投产|竣工|开建|奠基|洽谈|对接|入驻|达产");
    /** A name this short before its head, in common words only, is a kind unless a step is told beside it. */
    private static final int SHORT = 4;

    private final Set<String> stopWords;

    /** stopWords: the words that end a project's name on its left (a verb HanLP read into a name). */
    ProjectKinds(Set<String> stopWords) {
        this.stopWords = stopWords;
    }

    /**
     * Several projects (多个…项目), a place's projects at large (俄罗斯项目, 辽中区项目), or a name starting
     * inside a HanLP word (一/体海上风电…工程). head: the name's head word, or null.
     */
    boolean namesNoOneProject(ProjectMention p, String text, List<Token> tokens, String head) {
        return COUNT_INSIDE.matcher(p.name()).find() || placeOnly(p.name(), head) || startsInsideAWord(text, tokens, p.span().start());
    }

    /**
     * A kind of project: common words only before the head, and, for a short name, no step of its life
     * beside it, for a longer one neither a cue near it (cueNearby) nor a sentence of projects being done.
     */
    boolean isAKind(ProjectMention p, String text, String head, boolean cueNearby) {
        String before = head == null ? p.name() : p.name().substring(0, p.name().length() - head.length());
        if (before.isEmpty() || ProjectNames.hasOwnName(before, HanlpSegmenter.instance().segment(before))) {
            return false;
        }
        return before.length() <= SHORT ? !stepBeside(text, p.span()) : !cueNearby && !sentenceOfProjects(text, p.span());
    }

    private static boolean placeOnly(String name, String head) {
        if (head == null || head.length() == name.length()) {
            return false;
        }
        List<Token> before = HanlpSegmenter.instance().segment(name.substring(0, name.length() - head.length()));
        return !before.isEmpty() && before.stream().allMatch(t -> t.tag().startsWith("ns"));
    }

    /** A name cannot start inside a word, unless after the 和 of a list or a verb HanLP read into it (和日照西…, 共建鲁北…). */
    private boolean startsInsideAWord(String text, List<Token> tokens, int offset) {
        if (offset > 0 && "和及与".indexOf(text.charAt(offset - 1)) >= 0) {
            return false;
        }
        for (Token t : tokens) {
            if (t.span().start() >= offset) {
                return false;
            }
            if (t.span().end() > offset) {
                return Chars.isHan(t.word().charAt(0)) && t.tag().charAt(0) != 'w'
                        && !stopWords.contains(text.substring(t.span().start(), offset));
            }
        }
        return false;
    }

    private static boolean sentenceOfProjects(String text, Span s) {
        int from = Math.max(ProjectRecognizer.lastIndexOfAny(text.substring(0, s.start()), "。；;\n!?！？") + 1, 0);
        int stop = ProjectRecognizer.indexOfAny(text.substring(s.end()), "。；;\n!?！？");
        int to = stop < 0 ? text.length() : s.end() + stop;
        return PROJECT_SENTENCE.matcher(text.substring(from, to)).find();
    }

    private static boolean stepBeside(String text, Span s) {
        String left = text.substring(Math.max(0, s.start() - 8), s.start());
        left = left.substring(ProjectRecognizer.lastIndexOfAny(left, "，。；,;\n") + 1);
        String right = text.substring(s.end(), Math.min(text.length(), s.end() + 6));
        int cut = ProjectRecognizer.indexOfAny(right, "，。；,;\n");
        right = cut < 0 ? right : right.substring(0, cut);
        return PROJECT_STEP.matcher(left).find() || PROJECT_STEP.matcher(right).find();
    }
}
