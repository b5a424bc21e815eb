package cn.jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
        int n = ALPHABET.length;
        for (int length = 0; length <= 5; length++) {
            int count = (int) Math.pow(n, length);
            for (int k = 0; k < count; k++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0, x = k; i < length; i++, x /= n) {
                    sb.append(ALPHABET[x % n]);
                }
                String s = sb.toString();
                assertEquals(SPACES.matcher(s).replaceAll(""), ValueText.squeeze(s), s);
            }
        }
        String name = "满意度指标";
        assertSame(name, ValueText.squeeze(name));
    }
}
