package cn.jixiao.support;

import java.util.ArrayList;
import java.util.List;

/** Every string of the given characters up to a length: to hold a hand-written scan to the pattern it replaces. */
public final class ShortStrings {

    private ShortStrings() {
    }

    public static List<String> of(char[] alphabet, int maxLength) {
        List<String> all = new ArrayList<>();
        int n = alphabet.length;
        for (int length = 0; length <= maxLength; length++) {
            int count = (int) Math.pow(n, length);
            for (int k = 0; k < count; k++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0, x = k; i < length; i++, x /= n) {
                    sb.append(alphabet[x % n]);
                }
                all.add(sb.toString());
            }
        }
        return all;
    }
}
