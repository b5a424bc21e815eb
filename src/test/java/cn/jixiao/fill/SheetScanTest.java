package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A label matches as it did when each cell's text went through replaceAll("\\s+", ""). */
class SheetScanTest {

    @Test
    void blanksInsideALabelAreLeftAsideAndNothingElseIs() {
        assertTrue(SheetScan.sameButSpaces("三级指标", "三级指标"));
        assertTrue(SheetScan.sameButSpaces(" 三 级\t指\r\n标\u000B\f", "三级指标"));
        assertFalse(SheetScan.sameButSpaces("三级指标值", "三级指标"));
        assertFalse(SheetScan.sameButSpaces("三级", "三级指标"));
        assertFalse(SheetScan.sameButSpaces("", "三级指标"));
        // A full-width space is not one \s matches: it never made a label, and it does not now.
        assertFalse(SheetScan.sameButSpaces("三级\u3000指标", "三级指标"));
    }

    @Test
    void theSameAnswersAsTheRegularExpression() {
        Pattern space = Pattern.compile("\\s+");
        String[] texts = {"三级指标", "三 级 指 标", "\t三级指标\n", "三级\u3000指标", "一级指标", "三级指", "三级指标 ", "",
            " ", "x三级指标", "三级指标x", "三\u00A0级指标"};
        for (String text : texts) {
            assertEquals(space.matcher(text).replaceAll("").equals("三级指标"), SheetScan.sameButSpaces(text, "三级指标"),
                    text);
        }
    }
}
