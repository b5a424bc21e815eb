package cn.jixiao.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Gives every project without an id a stable one, derived from the year, its unit and its name,
 * so that filling the same registry twice gives the same ids and a returned workbook can be
 * matched to its project after renames of the file or the sheet.
 */
public final class Ids {

    private Ids() {
    }

    public static Registry assign(Registry registry) {
        Set<String> used = new HashSet<>();
        registry.projects().forEach(up -> {
            if (up.project().id() != null) {
                used.add(up.project().id());
            }
        });
        List<Unit> units = registry.units().stream().map(u -> u.withProjects(u.projects().stream().map(p -> {
            if (p.id() != null) {
                return p;
            }
            String base = "p-" + registry.year() + "-" + shortHash(u.name() + "\u0000" + p.name());
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return p.withId(id);
        }).toList())).toList();
        return registry.withUnits(units);
    }

    private static String shortHash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
