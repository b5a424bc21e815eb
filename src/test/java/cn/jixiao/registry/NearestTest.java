package cn.jixiao.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestTest {

    @Test
    void oneEditApartIsDistanceOne() {
        // Short texts over a small alphabet (CJK among it), so that near pairs of every kind come up often.
        char[] alphabet = {'a', 'b', '浦', '江', '镇'};
        Random random = new Random(17);
        int near = 0;
        for (int n = 0; n < 200_000; n++) {
            String a = text(random, alphabet);
            String b = random.nextInt(3) == 0 ? edited(random, a, alphabet) : text(random, alphabet);
            boolean expected = Nearest.distance(a, b) == 1;
            near += expected ? 1 : 0;
            assertEquals(expected, Nearest.oneEditApart(a, b), () -> "'" + a + "' and '" + b + "'");
        }
        assertTrue(near > 10_000, "pairs one edit apart among those tried: " + near);
    }

    @Test
    void namesOneCharacterApart() {
        assertTrue(Nearest.oneEditApart("浦江镇", "蒲江镇"));
        assertTrue(Nearest.oneEditApart("浦江镇", "浦江镇镇"));
        assertTrue(Nearest.oneEditApart("江镇", "浦江镇"));
        assertFalse(Nearest.oneEditApart("浦江镇", "浦江镇"));
        assertFalse(Nearest.oneEditApart("浦江镇", "江浦镇"));
        assertFalse(Nearest.oneEditApart("", "浦江"));
        assertTrue(Nearest.oneEditApart("", "浦"));
    }

    private static String text(Random random, char[] alphabet) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            b.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return b.toString();
    }

    private static String edited(Random random, String s, char[] alphabet) {
        StringBuilder b = new StringBuilder(s);
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> b.insert(at, alphabet[random.nextInt(alphabet.length)]);
            case 1 -> {
                if (at < b.length()) {
                    b.deleteCharAt(at);
                }
            }
            default -> {
                if (at < b.length()) {
                    b.setCharAt(at, alphabet[random.nextInt(alphabet.length)]);
                }
            }
        }
        return b.toString();
    }
}
