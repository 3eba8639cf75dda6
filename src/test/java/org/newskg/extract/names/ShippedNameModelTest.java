package org.newskg.extract.names;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.HanlpSegmenter;

/** The model shipped in the jar loads once and reads persons, companies and bodies in news-like sentences. */
class ShippedNameModelTest {

    private static boolean finds(String text, NameKind kind, String surface) {
        List<NameSpan> found = NameModel.shipped().label(text, HanlpSegmenter.instance().segment(text));
        return found.stream().anyMatch(n -> n.kind() == kind && n.span().of(text).equals(surface));
    }

    @Test
    void loadsOnce() {
        assertSame(NameModel.shipped(), NameModel.shipped());
    }

    @Test
    void findsAPersonACompanyAndAGovernmentBody() {
        String text = "昨天，临海市商务局与华锐精密仪器有限公司签订合作协议，副市长刘建国出席签约仪式。";
        assertTrue(finds(text, NameKind.PERSON, "刘建国"), text);
        assertTrue(finds(text, NameKind.COMPANY, "华锐精密仪器有限公司"), text);
        assertTrue(finds(text, NameKind.GOVERNMENT, "临海市商务局"), text);
        assertTrue(finds(text, NameKind.POSITION, "副市长"), text);
    }

    @Test
    void aTextWithoutNamesHasNone() {
        String text = "今天天气晴朗，气温适宜。";
        assertTrue(NameModel.shipped().label(text, HanlpSegmenter.instance().segment(text)).isEmpty());
    }
}
