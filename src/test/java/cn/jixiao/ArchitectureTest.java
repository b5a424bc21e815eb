package cn.jixiao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of the code, read from the sources' own references (imports and qualified names):
 * data flows one way, grid → registry and templates → fill and read → check, diff, rollup →
 * services → cli. Plain JUnit over the source text rather than ArchUnit: the rules are a table
 * and three lists, and the build needs no extra dependency for them.
 */
class ArchitectureTest {

    /**
     * Each package's layer: a package may use only packages on a lower layer. A package missing
     * here is taken to sit on top, with the commands.
     */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("i18n", 0),
            Map.entry("util", 1), Map.entry("grid", 1), Map.entry("indicator", 1), Map.entry("workspace", 1),
            Map.entry("registry", 2),
            Map.entry("template", 3), Map.entry("registrybook", 3),
            Map.entry("meta", 4),
            Map.entry("fill", 5), Map.entry("read", 5),
            Map.entry("check", 6), Map.entry("diff", 6), Map.entry("derive", 6), Map.entry("stats", 6),
            Map.entry("report", 7),
            Map.entry("rollup", 8),
            Map.entry("service", 9),
            Map.entry("bench", 10), Map.entry("demo", 10),
            Map.entry("cli", 11));

    private static final int TOP = 11;

    /** Classes that hold the rules of the forms, the matching of returns, the ids: never used by a command directly. */
    private static final Pattern RULES = Pattern.compile(
            "cn\\.jixiao\\.(check\\.(\\w*Rules|Rule|Findings|ReadFindings|Subject)"
                    + "|diff\\.(RegistryDiff|ProjectDiff|IndicatorPairs)"
                    + "|registry\\.(Ids|ProjectIndex|ProjectMoney|RegistryValidation)|indicator\\.\\w+)\\b");

    private static final Path SOURCES = Path.of("src/main/java/cn/jixiao");
    private static final Pattern REFERENCE = Pattern.compile("\\bcn\\.jixiao\\.([a-z0-9]+)\\.");

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            int own = layer(s.pkg());
            for (String used : s.packagesUsed()) {
                if (!used.equals(s.pkg()) && layer(used) >= own) {
                    wrong.add(s.file() + " (" + s.pkg() + ", layer " + own + ") uses " + used + " (layer "
                            + layer(used) + ")");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void readDoesNotUseFillAndGridUsesNothingOfOursButMessages() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            if (s.pkg().equals("read") && s.packagesUsed().contains("fill")) {
                wrong.add(s.file() + ": read uses fill");
            }
            if (s.pkg().equals("grid") && !Set.of("grid", "i18n").containsAll(s.packagesUsed())) {
                wrong.add(s.file() + ": grid uses " + s.packagesUsed());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCommandsHoldNoRulesTheyParseCallAServiceAndPrint() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            if (s.pkg().equals("cli")) {
                Matcher m = RULES.matcher(s.code());
                while (m.find()) {
                    wrong.add(s.file() + " uses " + m.group());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRulesAboveWouldCatchABreach() {
        Source breach = new Source(Path.of("grid/X.java"), "grid", "import cn.jixiao.read.ReadForm;\n");
        assertTrue(layer("read") >= layer(breach.pkg()) && breach.packagesUsed().contains("read"));
        assertTrue(RULES.matcher("import cn.jixiao.diff.RegistryDiff;").find());
        assertTrue(RULES.matcher("cn.jixiao.check.MoneyRules.check(s)").find());
    }

    private static int layer(String pkg) {
        return LAYERS.getOrDefault(pkg, TOP);
    }

    private record Source(Path file, String pkg, String code) {

        TreeSet<String> packagesUsed() {
            TreeSet<String> used = new TreeSet<>();
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                used.add(m.group(1));
            }
            return used;
        }
    }

    private static List<Source> sources() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the project's root: " + SOURCES.toAbsolutePath());
        List<Source> list = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = SOURCES.relativize(f);
                String pkg = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                list.add(new Source(rel, pkg, withoutComments(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        assertTrue(list.size() > 100, "the sources were found");
        return list;
    }

    /** Code without its comments, so that a {@code {@link}} in a comment is not counted as a use. */
    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }
}
