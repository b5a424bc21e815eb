package cn.jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The indicator value grammar, one example per way of writing a value seen in the seeds or domain.md. */
class IndicatorValuesTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥10.00(次)          | GE   | 10.00  | 次
            =100.00(%)          | EQ   | 100.00 | %
            ≤1000.00(元/次)     | LE   | 1000.00| 元/次
            <5.00(%)            | LT   | 5.00   | %
            >95%                | GT   | 95     | %
            >=95%               | GE   | 95     | %
            <=3天               | LE   | 3      | 天
            ＝100%              | EQ   | 100    | %
            ≥９５％             | GE   | 95     | %
            =100.00 (%)         | EQ   | 100.00 | %
            ≥1.00 (个)          | GE   | 1.00   | 个
            ≦85.9亩             | LE   | 85.9   | 亩
            95%以上             | GE   | 95     | %
            90%及以上           | GE   | 90     | %
            不低于95%           | GE   | 95     | %
            不高于5%            | LE   | 5      | %
            不超过200元         | LE   | 200    | 元
            小于等于10人        | LE   | 10     | 人
            大于等于10件        | GE   | 10     | 件
            大于95%             | GT   | 95     | %
            不少于3个           | GE   | 3      | 个
            3天以内             | LE   | 3      | 天
            100%                | NONE | 100    | %
            33 家               | NONE | 33     | 家
            3323 人             | NONE | 3323   | 人
            2次/年              | NONE | 2      | 次/年
            1.5万元             | NONE | 1.5    | 万元
            0                   | NONE | 0      | ''
            12597m ²            | NONE | 12597  | m²
            29所校(园)          | NONE | 29     | 所校(园)
            '1,100,000.00元'    | NONE | 1100000.00 | 元
            """)
    void quantitative(String text, Operator op, String number, String unit) {
        IndicatorValue v = IndicatorValues.parse(text);
        assertEquals(ValueKind.QUANTITATIVE, v.kind(), text);
        assertEquals(op, v.operator(), text);
        assertEquals(new BigDecimal(number), v.number(), "number keeps the scale written: " + text);
        assertEquals(unit, v.unit(), text);
        assertEquals(text.strip(), v.text());
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3} note {4}")
    @CsvSource(delimiter = '|', textBlock = """
            完成率 100%                     | NONE | 100 | %      | 完成率
            满意度90%以上                   | GE   | 90  | %      | 满意度
            资金支付完成率：100%            | NONE | 100 | %      | 资金支付完成率
            '100%，符合上级规定'            | NONE | 100 | %      | 符合上级规定
            10所学校（历年延续）            | NONE | 10  | 所学校 | 历年延续
            公民办25所学校                  | NONE | 25  | 所学校 | 公民办
            每年2次                         | NONE | 2   | 次/年  | ''
            一年2次，4月、8月底前完成       | NONE | 2   | 次/年  | 4月、8月底前完成
            每年不少于4次                   | GE   | 4   | 次/年  | ''
            每季度开展1次，共4次            | NONE | 1   | 次/季度 | 共4次
            每月一次                        | NONE | 1   | 次/月  | ''
            半年度一次                      | NONE | 1   | 次/半年 | ''
            每两周至少1次                   | GE   | 1   | 次/两周 | ''
            每天不少于2篇                   | GE   | 2   | 篇/天  | ''
            每2月一次                       | NONE | 1   | 次/2月 | ''
            """)
    void quantitativeWithLabelRemarkOrPeriod(String text, Operator op, String number, String unit, String note) {
        IndicatorValue v = IndicatorValues.parse(text);
        assertEquals(ValueKind.QUANTITATIVE, v.kind(), text);
        assertEquals(op, v.operator(), text);
        assertEquals(new BigDecimal(number), v.number(), text);
        assertEquals(unit, v.unit(), text);
        assertEquals(note, v.note(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时", "提升", "有效", "完整合规", "建立健全", "不超预算", "逐步提升", "每季度开辟一个个案", " 保障 "})
    void qualitative(String text) {
        IndicatorValue v = IndicatorValues.parse(text);
        assertEquals(ValueKind.QUALITATIVE, v.kind(), text);
        assertEquals(text.strip(), v.text());
        assertEquals(text.strip(), v.canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11月底前完成", "10月底前", "2024年6月、11月", "2024年1月31日", "7-8月", "1、7、8月",
        "每年3至4月、12月", "12中旬前", "6月30日前完成上一年度各门类档案归档", "上午11点", "8月开展1次", "3月"})
    void schedules(String text) {
        assertEquals(ValueKind.SCHEDULE, IndicatorValues.parse(text).kind(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "/", "—", "——", "-", "XX", "xx", "≥XX%", "XX次", "", "  ", "＊", "N/A"})
    void placeholders(String text) {
        assertEquals(ValueKind.EMPTY, IndicatorValues.parse(text).kind(), "[" + text + "]");
    }

    @Test
    void nullIsEmpty() {
        assertEquals(ValueKind.EMPTY, IndicatorValues.parse(null).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"18-70岁本镇妇女", "≥95%以下", "约3-5次", "1.2.3"})
    void digitsNotUnderstoodAreKept(String text) {
        IndicatorValue v = IndicatorValues.parse(text);
        assertEquals(ValueKind.UNPARSEABLE, v.kind(), text);
        assertEquals(text, v.text());
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            ≥10.00(次)  | ≥ 10.00 次
            >=95%       | ≥ 95 %
            95%以上     | ≥ 95 %
            33 家       | 33 家
            0           | 0
            每年2次     | 2 次/年
            ≤1000.00(元/次) | ≤ 1000.00 元/次
            """)
    void canonical(String text, String canonical) {
        assertEquals(canonical, IndicatorValues.parse(text).canonical());
    }

    @Test
    void operatorSymbol() {
        assertEquals("≥", IndicatorValues.parse("不低于95%").operatorSymbol());
        assertEquals("≤", IndicatorValues.parse("3天以内").operatorSymbol());
        assertEquals("<", IndicatorValues.parse("<5.00(%)").operatorSymbol());
        assertEquals("", IndicatorValues.parse("33 家").operatorSymbol());
        assertEquals("", IndicatorValues.parse("及时").operatorSymbol());
    }
}
