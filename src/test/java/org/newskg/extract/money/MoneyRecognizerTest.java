package org.newskg.extract.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.extract.MoneyMention;

class MoneyRecognizerTest {

    private final MoneyRecognizer money = new MoneyRecognizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "该项目投资6.3亿元建设厂房|6.3亿元|630000000|false",
            "获得扶持资金940万元|940万元|9400000|false",
            "老板投资1500多万元建成果园|1500多万元|15000000|true",
            "项目总投资约26亿元|约26亿元|2600000000|true",
            "带动农户增收2000余万元|2000余万元|20000000|true",
            "吸引社会资本近亿元|近亿元|100000000|true",
            "全年社会消费品零售总额1.2万亿元|1.2万亿元|1200000000000|false",
            "单个企业最高补贴千万元|千万元|10000000|false",
            "每人每月生活补贴3000元|3000元|3000|false",
            "全年完成投资１２．５亿元|１２．５亿元|1250000000|false",
            "新建冷库计划投资十二亿元|十二亿元|1200000000|false",
            "奖励资金三千万元|三千万元|30000000|false",
            "社会捐赠超过500万元|超过500万元|5000000|true",
            "总收入逾3亿元|逾3亿元|300000000|true",
            "共计拨付一千二百万元|一千二百万元|12000000|false",
            "拉动消费37亿元以上|37亿元以上|3700000000|true",
            "约为 5000 多万元的碳汇价值|约为 5000 多万元|50000000|true",
    })
    void readsEveryUsualForm(String sentence, String surface, String yuan, boolean approximate) {
        List<MoneyMention> found = money.recognize(sentence);
        assertEquals(1, found.size(), found.toString());
        MoneyMention m = found.get(0);
        assertEquals(surface, m.span().of(sentence));
        assertEquals(0, new BigDecimal(yuan).compareTo(m.yuan()), m.yuan().toPlainString());
        assertEquals(approximate, m.approximate());
    }

    @Test
    void otherCurrenciesAreNotYuan() {
        String s = "外资企业到位资金3.5亿美元，另有内资8000万元";
        List<MoneyRecognizer.Amount> all = money.recognizeAll(s);
        assertEquals(2, all.size());
        assertEquals("美元", all.get(0).currency());
        List<MoneyMention> yuan = money.recognize(s);
        assertEquals(1, yuan.size());
        assertEquals(0, new BigDecimal("80000000").compareTo(yuan.get(0).yuan()));
    }

    @Test
    void wordsWithYuanAndVagueAmountsAreNoMoney() {
        assertTrue(money.recognize("推动投资主体多元化，构建一元化管理").isEmpty());
        assertTrue(money.recognize("带动投资数亿元，撬动几千万元资金").isEmpty());
    }
}
