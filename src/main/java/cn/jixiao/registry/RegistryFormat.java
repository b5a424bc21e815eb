package cn.jixiao.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** YAML or JSON: the file's extension says which. */
public enum RegistryFormat {
    YAML, JSON;

    public static Optional<RegistryFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
