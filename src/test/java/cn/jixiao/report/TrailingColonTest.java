package cn.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.support.ShortStrings;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A place's wording loses its closing colon (and the spaces after it) exactly as the pattern
 * {@code [：:]\s*$} removes them: over every short string of colons, spaces, line breaks of
 * every kind and text, and some longer ones.
 */
class TrailingColonTest {

    private static final Pattern TRAILING_COLON = Pattern.compile("[：:]\\s*$");
    private static final char[] ALPHABET = {'a', '表', ':', '：', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085',
        '\u2028', '\u2029', '\u3000', '\u00A0'};

    @Test
    void removesWhatThePatternRemoves() {
        for (String s : ShortStrings.of(ALPHABET, 4)) {
            assertEquals(TRAILING_COLON.matcher(s).replaceAll(""), FindingsView.withoutTrailingColon(s),
                    s.chars().mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
        Random random = new Random(17);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder("汇总.xlsx 工作表“项目” 单元格 D14");
            for (int i = random.nextInt(8); i > 0; i--) {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = sb.toString();
            assertEquals(TRAILING_COLON.matcher(s).replaceAll(""), FindingsView.withoutTrailingColon(s), s);
        }
    }
}
