package cn.jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryBoxesTest {

    @Test
    void theFilledTemplatesLine() {
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("专项资金 ☐ 经常性项目 ☑ 一次性项目 ☐"));
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("专项资金 ☐  经常性项目 ☑  一次性项目 ☐"));
        assertEquals("经常性项目", CategoryBoxes.category("专项资金 ☐ 经常性项目 ☑ 一次性项目 ☐"));
    }

    @Test
    void boxBeforeTheLabel() {
        assertEquals(List.of("专项资金"), CategoryBoxes.ticked("☑专项资金 □经常性项目"));
        assertEquals(List.of("一次性项目"), CategoryBoxes.ticked("☐ 专项资金 ☐ 经常性项目 ☑ 一次性项目"));
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("□专项资金□经常性项目□一次性项目".replaceFirst("□经", "√经")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"☑", "√", "■", "☒", "✓", "✔"})
    void everyTickMark(String tick) {
        assertEquals(List.of("一次性项目"), CategoryBoxes.ticked("专项资金 □ 经常性项目 ☐ 一次性项目 " + tick));
        assertEquals(List.of("专项资金"), CategoryBoxes.ticked(tick + "专项资金 □经常性项目 □一次性项目"));
    }

    @Test
    void twoTickedAreJoinedWithDunHao() {
        String line = "专项资金 ☑ 经常性项目 ☐ 一次性项目 ☑";
        assertEquals(List.of("专项资金", "一次性项目"), CategoryBoxes.ticked(line));
        assertEquals("专项资金、一次性项目", CategoryBoxes.category(line));
    }

    @Test
    void noneTickedIsNoCategory() {
        assertEquals(List.of(), CategoryBoxes.ticked("专项资金 ☐ 经常性项目 ☐ 一次性项目 ☐"));
        assertNull(CategoryBoxes.category("专项资金 ☐ 经常性项目 ☐ 一次性项目 ☐"));
        assertNull(CategoryBoxes.category(""));
        assertNull(CategoryBoxes.category(null));
        assertNull(CategoryBoxes.category(" / "));
    }

    @Test
    void extraSpacesAndLineBreaks() {
        assertEquals(List.of("经常性项目"),
                CategoryBoxes.ticked("\u3000专项资金\u00A0☐\r\n经常性项目 \n ☑\n一次性项目☐  "));
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("专项资金☐经常性项目☑一次性项目☐"));
    }

    @Test
    void aTickTypedBesideThePrintedBoxTicksItsLabel() {
        // the Pujiang book: the printed ☐ left as it was and a ☑ typed after it
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("专项资金 ☐ 经常性项目 ☐ ☑ 一次性项目 ☐"));
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("☐ 专项资金 ☐ ☑ 经常性项目 ☐ 一次性项目"));
        assertEquals(List.of(), CategoryBoxes.ticked("专项资金 ☐ ☐ 经常性项目 ☐ 一次性项目 ☐"));
    }

    @Test
    void aLabelWhoseBoxWasDeletedIsNotTicked() {
        assertEquals(List.of("一次性项目"), CategoryBoxes.ticked("专项资金 经常性项目 一次性项目 ☑"));
    }

    @Test
    void aPlainLabelIsReturnedAsIs() {
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("经常性项目"));
        assertEquals(List.of("其他运转类"), CategoryBoxes.ticked(" 其他运转类 "));
        assertEquals("特定目标类", CategoryBoxes.category("特定目标类"));
    }

    @Test
    void theSeedsHtmlCheckboxes() {
        String seed = "专项资金 <input type=\"checkbox\"/> 经常性项目 <input checked=\"\" type=\"checkbox\"/> "
                + "一次性项目 <input type=\"checkbox\"/>";
        assertEquals("经常性项目", CategoryBoxes.category(seed));
    }

    @Test
    void anEmojiTickWithItsVariationSelector() {
        assertEquals(List.of("经常性项目"), CategoryBoxes.ticked("专项资金 ☐ 经常性项目 ☑\uFE0F 一次性项目 ☐"));
    }

    @Test
    void joinAgreesWithTheRegistry() {
        assertNull(CategoryBoxes.join(List.of()));
        assertNull(CategoryBoxes.join(null));
        assertEquals("经常性项目", CategoryBoxes.join(List.of("经常性项目")));
        assertEquals("专项资金、一次性项目", CategoryBoxes.join(List.of("专项资金", "一次性项目")));
    }
}
