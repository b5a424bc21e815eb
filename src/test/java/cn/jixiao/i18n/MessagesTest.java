package cn.jixiao.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every message of both bundles, filled with text, reads as MessageFormat fills it: the patterns
 * joined in pieces (no quotes, no formats) and the ones left to MessageFormat alike, with text
 * that looks like markup of a pattern ({0}, quotes, braces) and blank text.
 */
class MessagesTest {

    private static final String[] TEXT = {"浦江镇人民政府", "{1}", "it's", "'{0}'", "a}b{", "", " ", "x：", "第 3 行"};

    @Test
    void everyMessageFilledWithTextReadsAsMessageFormatFillsIt() {
        int plainOnes = 0;
        for (Messages m : List.of(Messages.chinese(), Messages.english())) {
            Locale locale = m.isEnglish() ? Locale.ENGLISH : Locale.ROOT;
            for (String key : Collections.list(m.bundle().getKeys())) {
                String pattern = m.bundle().getString(key);
                if (pattern.contains("(s)") || !pattern.contains("{")) {
                    continue; // counted and plain words take other paths, the same before and after
                }
                for (int shift = 0; shift < TEXT.length; shift++) {
                    Object[] args = new Object[6];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = TEXT[(shift + i) % TEXT.length];
                    }
                    if (java.util.Arrays.stream(args).anyMatch(a -> ((String) a).isBlank())) {
                        continue; // a blank value is said to be blank (Messages.blanks), not filled in
                    }
                    String expected;
                    try {
                        expected = new MessageFormat(pattern, locale).format(args);
                    } catch (IllegalArgumentException e) {
                        // A pattern that takes a number ({0,number}): it fails with text as it always did.
                        assertThrows(IllegalArgumentException.class, () -> m.get(key, args), key);
                        continue;
                    }
                    assertEquals(expected, m.get(key, args), key);
                }
                plainOnes += pattern.contains("'") ? 0 : 1;
            }
        }
        assertTrue(plainOnes > 100, "most of the bundle is plain: " + plainOnes);
    }

    @Test
    void numbersAndMissingArgumentsStillGoThroughMessageFormat() {
        Messages zh = Messages.chinese();
        String key = Collections.list(zh.bundle().getKeys()).stream()
                .filter(k -> zh.bundle().getString(k).matches("[^'{}]*\\{0}[^'{}]*")).findFirst().orElseThrow();
        String pattern = zh.bundle().getString(key);
        assertEquals(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {12345}), zh.get(key, 12345));
        assertEquals(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {new java.math.BigDecimal("1.50")}),
                zh.get(key, new java.math.BigDecimal("1.50")));
    }
}
