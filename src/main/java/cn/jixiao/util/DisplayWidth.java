package cn.jixiao.util;

/**
 * How wide text shows in a terminal or a cell: East Asian wide and full-width characters take
 * two columns, everything else one. Used to line up tables and to size wrapped rows.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String s) {
        return of(s, 0, s.length());
    }

    /** The width of s from index from up to (not including) to. */
    public static int of(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
