package cn.jixiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the bundled test data lives, and the list of seed registries. */
public final class TestData {

    public static final Path ROOT = Path.of("test-data");
    public static final Path REGISTRIES = ROOT.resolve("registries");
    public static final Path SEEDS = ROOT.resolve("seeds");

    private TestData() {
    }

    public static Path registry(String name) {
        return REGISTRIES.resolve(name);
    }

    /** Every registry in test-data/registries, sorted by name. */
    public static List<Path> registries() {
        try (Stream<Path> s = Files.list(REGISTRIES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
