package cn.jixiao.desk;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Ids for the page's anchors, so that a finding links to its unit's row under 回收 and to its
 * project's changes, and back: derived from the names (which may hold any character).
 */
public final class Anchors {

    public String unit(String unit) {
        return "u-" + hash(String.valueOf(unit));
    }

    public String project(String unit, String project) {
        return "p-" + hash(unit + "\u0000" + project);
    }

    private static String hash(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
