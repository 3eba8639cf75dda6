package org.newskg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.PersonMention;
import org.newskg.extract.names.NameEvidence;
import org.newskg.text.Span;

/** Fragments across segmentation errors that readers take for persons, beside whole names. */
class PersonNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "孟津至, false", "何松第, false", "夏季增, false", "彭水汉, false", "黄金球, false",
        "王新建, true", "欧阳修, true", "张柱, true", "纳伊姆·卡西姆, true",
    })
    void aNameTheModelDoesNotSupportMustLookWhole(String name, boolean whole) {
        PersonMention p = new PersonMention(new Span(0, name.length()), name);
        assertEquals(whole, PersonNames.looksWhole(p, new NameEvidence(List.of())));
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
        "高原医, 疗, false", "计于始, 终, false", "和一名, 男, false", "王新建, 说, true", "张海峰, 表, true",
    })
    void aNameCutOutOfALongerWordIsNoName(String name, String next, boolean whole) {
        PersonMention p = new PersonMention(new Span(0, name.length()), name);
        assertEquals(whole, PersonNames.looksWhole(p, new NameEvidence(List.of()), next));
    }

    @ParameterizedTest(name = "{0}|{1}")
    @CsvSource({
        "8, 年河野, false", "三, 月林, false", "，, 居无竹, false", "，, 应为其, false", "，, 春天, false", "，, 江山, true",
        "长, 年福林, true", "，, 王不凡, false", "，, 李未, true", "尔, 和埃, false", "统, 和候任, false", "两, 国元首, false", "各, 国代表, false", "长, 国强, true",
        "，, 程序上, false", "，, 韩国前, false", "，, 刘海泉, true", "，, 周小川, true", "长, 何平作, false", "访, 时表示, false",
    })
    void aNameOpeningADateOrMadeOfTheTextsWordsIsNoName(String before, String name, boolean whole) {
        PersonMention p = new PersonMention(new Span(1, 1 + name.length()), name);
        assertEquals(whole, PersonNames.looksWhole(p, new NameEvidence(List.of()), before, ""));
    }
}
