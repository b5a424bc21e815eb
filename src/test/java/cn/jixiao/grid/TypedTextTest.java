package cn.jixiao.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTest {

    @Test
    void cleanTrimsEverySpaceButKeepsTheTextAsWritten() {
        assertEquals("提升", TypedText.clean("  提升 "));
        assertEquals("提升", TypedText.clean("\u00A0提升\u00A0"));
        assertEquals("提升", TypedText.clean("\u3000提升\u3000\t"));
        assertEquals("提升", TypedText.clean("\uFEFF提升\u200B"));
        assertEquals("服务  次数（次）", TypedText.clean(" 服务  次数（次） "), "inner spaces are kept");
        assertEquals("第一行\n第二行\n第三行", TypedText.clean("第一行\r\n第二行\r第三行\r\n"));
        assertEquals("", TypedText.clean(null));
        assertEquals("", TypedText.clean(" \u00A0\u3000\r\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "/", "—", "——", "-", "--", "XX", "xx", "无", "", " ", "\u3000", " / ", "ＸＸ", "－"})
    void placeholders(String s) {
        assertTrue(TypedText.isPlaceholder(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "无违规", "XXL", "提升", "-5", "≥95%", "//"})
    void notPlaceholders(String s) {
        assertFalse(TypedText.isPlaceholder(s), s);
    }

    @Test
    void nullIsAPlaceholder() {
        assertTrue(TypedText.isPlaceholder(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ">=95%        | ≥95%",
        "<=1000元     | ≤1000元",
        "＝100％       | =100%",
        "＞5          | >5",
        "＜5.00(%)    | <5.00(%)",
        "≧90％        | ≥90%",
        "≦１０００     | ≤1000",
        "＞＝９５％     | ≥95%",
        "＜＝３       | ≤3",
        "≥１０．００（次）| ≥10.00（次）",
        "=100.00(%)   | =100.00(%)",
        "95%以上      | 95%以上",
        "不超预算      | 不超预算",
        "及时．       | 及时．",
    })
    void operatorsDigitsAndPercentInOneSpelling(String typed, String expected) {
        assertEquals(expected, TypedText.normaliseOperators(typed));
    }

    @Test
    void fullWidthParenthesesAreKept() {
        assertEquals("≥10（次）", TypedText.normaliseOperators("＞＝10（次）"));
        assertEquals("≥10(次)", TypedText.normaliseOperators(">=10(次)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "指标1：服务人次          | 服务人次",
        "指标12:服务人次          | 服务人次",
        "指标１：服务人次          | 服务人次",
        "指标 2 ： 活动场次        | 活动场次",
        "指标3:  党员覆盖率       | 党员覆盖率",
        "服务人次                | 服务人次",
        "指标体系完整             | 指标体系完整",
        "（公共图书经费）图书借阅量  | （公共图书经费）图书借阅量",
    })
    void indicatorPrefixIsRemoved(String cell, String name) {
        assertEquals(name, TypedText.stripIndicatorPrefix(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"指标2：", "指标2:", " 指标1： ", "指标１：\u3000", ""})
    void aPrefixAloneIsAnEmptyRow(String cell) {
        assertEquals("", TypedText.stripIndicatorPrefix(cell));
    }

    @Test
    void onlyALeadingPrefixIsRemoved() {
        assertEquals("完成指标1：服务", TypedText.stripIndicatorPrefix("完成指标1：服务"));
        assertEquals("服务指标2：x", TypedText.stripIndicatorPrefix("指标1：服务指标2：x"));
    }

    @Test
    void asciiDigitsConvertsDigitsAndADecimalPointBetweenThem() {
        assertEquals("16.50", TypedText.toAsciiDigits("１６．５０"));
        assertEquals("完成．", TypedText.toAsciiDigits("完成．"));
        assertEquals("2024年1月", TypedText.toAsciiDigits("２０２４年１月"));
    }
}
