package cn.jixiao.registry;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line and column of a path (units[0].projects[2].funds.total) in YAML text.
 * Jackson's YAML locations often point past the offending value; SnakeYAML's node tree knows
 * where each key and value starts. Used only to report errors, so the cost does not matter.
 */
final class YamlLocator {

    /** One step of a path: a key of a mapping, or an index of a sequence. */
    record Step(String key, int index) {
    }

    private YamlLocator() {
    }

    /** 1-based line and column of the key (for a mapping step) or item where the path ends. */
    static Optional<int[]> locate(String yaml, List<Step> path) {
        try {
            return locate(compose(yaml), path);
        } catch (RuntimeException e) {
            return Optional.empty(); // the text does not even compose; the parser's own location stands
        }
    }

    /** The node tree, or null when the text does not compose (then the parser's locations stand). */
    static Node composeOrNull(String yaml) {
        try {
            return compose(yaml);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(RegistryMapper.MAX_NESTING);
        return new Yaml(options).compose(new StringReader(yaml));
    }

    static Optional<int[]> locate(Node root, List<Step> path) {
        try {
            Node node = root;
            Mark mark = node == null ? null : node.getStartMark();
            for (Step step : path) {
                if (node instanceof MappingNode map && step.key() != null) {
                    NodeTuple found = null;
                    for (NodeTuple t : map.getValue()) {
                        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(step.key())) {
                            found = t;
                        }
                    }
                    if (found == null) {
                        break;
                    }
                    mark = found.getKeyNode().getStartMark();
                    node = found.getValueNode();
                } else if (node instanceof SequenceNode seq && step.key() == null
                        && step.index() >= 0 && step.index() < seq.getValue().size()) {
                    node = seq.getValue().get(step.index());
                    mark = node.getStartMark();
                } else {
                    break;
                }
            }
            return mark == null ? Optional.empty() : Optional.of(new int[] {mark.getLine() + 1, mark.getColumn() + 1});
        } catch (RuntimeException e) {
            return Optional.empty(); // the text does not even compose; the parser's own location stands
        }
    }
}
