package org.newskg.extract.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Sentences;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.nlp.Token;
import org.newskg.text.Span;

/** The model's evidence, labelled clause by clause on demand, says what labelling the whole text says. */
class NameEvidenceTest {

    private static final String TEXT = "昨天，临海市商务局与华锐精密仪器有限公司签订合作协议，副市长刘建国出席签约仪式。"
            + "会上，双方就新能源汽车零部件项目进行了交流；项目总投资12亿元。\n今天天气晴朗，气温适宜，市民王晓东在公园散步。";

    @Test
    void clausesLabelledOneByOneGiveTheNamesOfTheWholeText() {
        List<Token> tokens = HanlpSegmenter.instance().segment(TEXT);
        NameModel model = NameModel.shipped();
        List<NameSpan> whole = model.label(TEXT, tokens);
        NameModel.Stretches stretches = model.stretches(TEXT, tokens);
        List<NameSpan> byClause = new ArrayList<>();
        for (Span clause : Sentences.clauses(TEXT)) {
            byClause.addAll(stretches.label(clause));
        }
        assertEquals(spansAndKinds(whole), spansAndKinds(byClause));
        assertTrue(whole.stream().anyMatch(n -> n.kind() == NameKind.PERSON && n.span().of(TEXT).equals("王晓东")), whole.toString());
    }

    @Test
    void onlyTheClausesAskedAboutAreLabelled() {
        List<Token> tokens = HanlpSegmenter.instance().segment(TEXT);
        NameModel.Stretches stretches = NameModel.shipped().stretches(TEXT, tokens);
        List<Span> asked = new ArrayList<>();
        NameEvidence evidence = new NameEvidence(Sentences.clauses(TEXT), clause -> {
            asked.add(clause);
            return stretches.label(clause);
        });
        int at = TEXT.indexOf("刘建国");
        Span person = new Span(at, at + 3);
        assertTrue(evidence.person(person));
        assertTrue(evidence.person(person));
        assertEquals(List.of("副市长刘建国出席签约仪式。"), asked.stream().map(s -> s.of(TEXT)).toList());
        int park = TEXT.indexOf("公园");
        assertFalse(evidence.organisation(new Span(park, park + 2)));
        assertEquals(2, asked.size());
    }

    @Test
    void aStretchOutsideEveryClauseHasNoNames() {
        NameEvidence evidence = new NameEvidence(List.of(new Span(0, 4), new Span(6, 10)), s -> {
            throw new AssertionError("no clause overlaps " + s);
        });
        assertTrue(evidence.names(new Span(4, 6)).isEmpty());
    }

    @Test
    void clausesEndAtCommasAndSemicolonsAndSentences() {
        assertEquals(List.of("会上，", "双方交流；", "项目开工。", "今天晴"),
                Sentences.clauses("会上，双方交流；项目开工。\n 今天晴").stream().map(s -> s.of("会上，双方交流；项目开工。\n 今天晴")).toList());
    }

    private static List<String> spansAndKinds(List<NameSpan> names) {
        return names.stream().map(n -> n.span() + " " + n.kind()).toList();
    }
}
