package cn.jixiao.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The line a registry path ({@code units[0].projects[2].funds.total}) stands on in a YAML registry,
 * so that a finding in a registry can be found in an editor. JSON registries get no line.
 */
public final class RegistryLines {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Node root;

    private RegistryLines(Node root) {
        this.root = root;
    }

    public static RegistryLines of(Path file) {
        if (RegistryFormat.of(file).orElse(null) != RegistryFormat.YAML) {
            return new RegistryLines(null);
        }
        try {
            return new RegistryLines(YamlLocator.compose(Files.readString(file)));
        } catch (IOException | RuntimeException e) {
            return new RegistryLines(null);
        }
    }

    public Optional<Integer> line(String path) {
        if (root == null) {
            return Optional.empty();
        }
        List<YamlLocator.Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? new YamlLocator.Step(m.group(1), -1)
                    : new YamlLocator.Step(null, Integer.parseInt(m.group(2))));
        }
        return YamlLocator.locate(root, steps).map(at -> at[0]);
    }
}
