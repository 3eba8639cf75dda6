package org.newskg.extract.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.HanlpSegmenter;
import org.newskg.text.Span;

/** The trainer learns a small made-up corpus, and the same data gives the same file. */
class PerceptronTrainerTest {

    private static final String[] PEOPLE = {"赵明远", "钱思雨", "孙立军", "李晓东", "周文华", "吴建平", "郑海燕", "王志强",
        "冯小兰", "陈国栋", "褚云飞", "卫长青", "蒋红梅", "沈家豪", "韩雪松"};
    private static final String[] FIRMS = {"东岭电子有限公司", "青禾食品有限公司", "远航物流有限公司", "金石建材有限公司",
        "北辰纺织有限公司", "海川化工有限公司", "绿源农业有限公司", "天成机械有限公司", "恒泰医药有限公司", "星河软件有限公司"};

    /** 30 sentences of two shapes: person works at company; company hired person. */
    private static List<LabelledText> corpus() {
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String p = PEOPLE[i % PEOPLE.length], f = FIRMS[(i * 7) % FIRMS.length];
            out.add(i % 2 == 0 ? sentence("", p, "在", f, "工作多年。") : sentence("", f, "聘请", p, "担任顾问。"));
        }
        return out;
    }

    /** Pieces in order: text, then alternately a name (person or firm by list) and text. */
    private static LabelledText sentence(String lead, String a, String mid, String b, String tail) {
        String text = lead + a + mid + b + tail;
        int s1 = lead.length(), s2 = s1 + a.length() + mid.length();
        List<GoldName> names = List.of(
                new GoldName(new Span(s1, s1 + a.length()), kindOf(a)),
                new GoldName(new Span(s2, s2 + b.length()), kindOf(b)));
        return new LabelledText(text, names, 0);
    }

    private static NameKind kindOf(String s) {
        return s.endsWith("公司") ? NameKind.COMPANY : NameKind.PERSON;
    }

    private static NameModel train() {
        return new PerceptronTrainer(HanlpSegmenter.instance(), line -> { })
                .train(corpus(), new PerceptronTrainer.Settings(8, 7, 1, 0));
    }

    @Test
    void learnsTheCorpusAndLabelsANewSentenceOfItsShape() {
        NameModel model = train();
        LabelledText unseen = sentence("", "杨振东", "在", "泰山陶瓷有限公司", "工作多年。");
        List<NameSpan> found = model.label(unseen.text(), HanlpSegmenter.instance().segment(unseen.text()));
        assertEquals(unseen.names(), found.stream().map(n -> new GoldName(n.span(), n.kind())).toList(), found.toString());
        for (NameSpan n : found) {
            assertTrue(n.score() >= 0 && n.score() < 1, n.toString());
        }
    }

    @Test
    void theSameDataGivesTheSameBytes() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream(), b = new ByteArrayOutputStream();
        train().writeTo(a);
        train().writeTo(b);
        assertTrue(a.size() > 100);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        NameModel model = train();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        model.writeTo(buf);
        NameModel back = ModelFile.read(new java.io.ByteArrayInputStream(buf.toByteArray()));
        String text = "钱思雨在东岭电子有限公司工作多年。";
        var tokens = HanlpSegmenter.instance().segment(text);
        assertEquals(model.label(text, tokens), back.label(text, tokens));
    }

    @Test
    void tagsRoundTripThroughSpans() {
        List<GoldName> names = List.of(new GoldName(new Span(0, 1), NameKind.PERSON),
                new GoldName(new Span(2, 6), NameKind.GOVERNMENT), new GoldName(new Span(6, 8), NameKind.POSITION));
        assertEquals(names, BioesTags.decode(BioesTags.encode(9, names)));
    }
}
