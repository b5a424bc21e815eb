package cn.jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.jixiao.support.ShortStrings;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Names and units lose every space as {@code \s+} replaced by nothing removes them (and only
 * those: the ideographic and no-break spaces stay, as the pattern leaves them), and a name
 * without one comes back as it is.
 */
class SqueezeTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final char[] ALPHABET = {'m', '²', '元', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0085', '\u3000',
        '\u00A0', '/'};

    @Test
    void removesWhatThePatternRemoves() {
        for (String s : ShortStrings.of(ALPHABET, 5)) {
            assertEquals(SPACES.matcher(s).replaceAll(""), ValueText.squeeze(s), s);
        }
        String name = "满意度指标";
        assertSame(name, ValueText.squeeze(name));
    }
}
