package cn.jixiao.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.TypedAmount.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedAmountTest {

    /** BigDecimal.equals compares scale too: 16.50 is not 16.5 here, on purpose. */
    private static void assertNumber(String expected, MoneyUnit unit, String typed) {
        TypedAmount a = TypedAmount.parse(typed);
        assertEquals(Kind.NUMBER, a.kind(), typed);
        assertEquals(new BigDecimal(expected), a.value(), typed);
        assertEquals(unit, a.statedUnit(), typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "150.75         | 150.75",
        "0              | 0",
        "0.00           | 0.00",
        "-5             | -5",
        "16.50          | 16.50",
        "16.5           | 16.5",
        "1,100,000.00   | 1100000.00",
        "1，100，000.00  | 1100000.00",
        "１６．５０       | 16.50",
        "¥150.75        | 150.75",
        "￥1,100,000.00  | 1100000.00",
        "￥ 150         | 150",
        "133.87         | 133.87",
        "100,000        | 100000",
        "999            | 999",
        "+5             | 5",
        "－5            | -5",
        "-1,234.50      | -1234.50",
        ".5             | 0.5",
    })
    void bareNumbersKeepTheirScale(String typed, String expected) {
        assertNumber(expected, null, typed);
    }

    @Test
    void spacesOfEveryKindAroundTheNumber() {
        assertNumber("150.75", null, "  150.75 ");
        assertNumber("150.75", null, "\u00A0150.75\u00A0");
        assertNumber("150.75", null, "\u3000150.75\r\n");
        assertNumber("6.44", null, "6. 44"); // a PDF's text prints a space after the point
        assertNumber("93.50", null, "93. 50");
    }

    @Test
    void wanAndYuanSuffixesAreReportedNotApplied() {
        assertNumber("16.50", MoneyUnit.WAN_YUAN, "16.50万");
        assertNumber("16.50", MoneyUnit.WAN_YUAN, "16.50万元");
        assertNumber("16.50", MoneyUnit.WAN_YUAN, "16.50 万元");
        assertNumber("197.17", MoneyUnit.WAN_YUAN, "\t197.17万\t");
        assertNumber("150.75", MoneyUnit.YUAN, "150.75元");
        assertNumber("1100000.00", MoneyUnit.YUAN, "1,100,000.00元");
        assertNumber("16.50", MoneyUnit.WAN_YUAN, "１６．５０万");
        assertNumber("16.50", MoneyUnit.WAN_YUAN, "￥16.50万");
    }

    @Test
    void inConvertsToTheFormsUnitExactly() {
        assertEquals(new BigDecimal("165000.00"), TypedAmount.parse("16.50万").in(MoneyUnit.YUAN));
        assertEquals(new BigDecimal("16.50"), TypedAmount.parse("16.50万").in(MoneyUnit.WAN_YUAN));
        assertEquals(new BigDecimal("16.50"), TypedAmount.parse("16.50").in(MoneyUnit.YUAN), "bare: already in it");
        assertEquals(new BigDecimal("16.50"), TypedAmount.parse("16.50").in(MoneyUnit.WAN_YUAN));
        assertEquals(0, new BigDecimal("110").compareTo(TypedAmount.parse("1,100,000.00元").in(MoneyUnit.WAN_YUAN)));
        assertEquals(new BigDecimal("0.123456"), TypedAmount.parse("1234.56元").in(MoneyUnit.WAN_YUAN));
        assertNull(TypedAmount.parse("").in(MoneyUnit.YUAN));
        assertNull(TypedAmount.parse("不详").in(MoneyUnit.YUAN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u3000", "*", "/", "—", "——", "-", "--", "XX", "xx", "无"})
    void emptyAndPlaceholdersAreEmpty(String typed) {
        TypedAmount a = TypedAmount.parse(typed);
        assertSame(TypedAmount.EMPTY, a, typed);
        assertTrue(a.isEmpty());
        assertNull(a.value());
        assertNull(a.statedUnit());
    }

    @Test
    void nullIsEmpty() {
        assertTrue(TypedAmount.parse(null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"不详", "12a", "1E5", "16,5", "1,10,000", "1 100", "95%", "12..5", "约16万",
        "16.50万万", "万", "¥", "+", "NaN", "0x10", "16。50", "5-"})
    void anythingElseIsNotANumber(String typed) {
        TypedAmount a = TypedAmount.parse(typed);
        assertEquals(Kind.NOT_A_NUMBER, a.kind(), typed);
        assertTrue(a.isNotANumber());
        assertFalse(a.isNumber());
        assertNull(a.value());
    }

    @Test
    void aNumberNeedsAValueAndOnlyANumberHasOne() {
        assertThrows(IllegalArgumentException.class, () -> new TypedAmount(Kind.NUMBER, null, null));
        assertThrows(IllegalArgumentException.class, () -> new TypedAmount(Kind.EMPTY, BigDecimal.ONE, null));
    }
}
