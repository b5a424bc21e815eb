package cn.jixiao.workspace;

import cn.jixiao.i18n.UserError;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A finance office's working folder, as its jixiao.yaml describes it: which registry was sent,
 * where the templates, the packs, the returns and the outputs are, the file-name pattern, the
 * summary book's title and money unit. Inside such a folder fill, read, rollup and check need no
 * arguments. Paths are relative to the folder.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Workspace(String registry, String templates, String packs, String returns, String name, String title,
                        String moneyUnit, String readOutput, String rollupOutput, String report) {

    public static final String FILE = "jixiao.yaml";

    /** The jixiao.yaml of the current folder, if there is one. */
    public static Optional<Located> here() {
        return in(Path.of(""));
    }

    /** The jixiao.yaml of the given folder, if there is one. */
    public static Optional<Located> in(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            Workspace w = yaml.readValue(Files.readString(file), Workspace.class);
            return Optional.of(new Located(file.toAbsolutePath().getParent(), w));
        } catch (IOException e) {
            throw new UserError("workspace.bad", file, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** A workspace and the folder it describes, resolving its paths. */
    public record Located(Path dir, Workspace config) {
        public Path path(String relative) {
            return relative == null ? null : dir.resolve(relative);
        }
    }
}
