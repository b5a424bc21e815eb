package cn.jixiao.registry;

import cn.jixiao.i18n.Msg;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The problems of one registry text, collected while it is parsed so that a run names them all (a
 * misspelt key, an amount written "12.5万", a project without a name) rather than one per run.
 * Jackson passes it in as a per-read attribute; {@link Handler} and {@link RegistryValidation}
 * add to it and parsing carries on.
 */
final class RegistryProblems {

    static final String ATTRIBUTE = RegistryProblems.class.getName();

    private final String source;
    private final String yamlText;
    private final List<Msg> found = new ArrayList<>();
    private Node yamlRoot;

    RegistryProblems(String source, String yamlText) {
        this.source = source;
        this.yamlText = yamlText;
    }

    List<Msg> found() {
        return List.copyOf(found);
    }

    static Optional<RegistryProblems> of(DeserializationContext ctxt) {
        return ctxt.getAttribute(ATTRIBUTE) instanceof RegistryProblems p ? Optional.of(p) : Optional.empty();
    }

    /** A problem at the parser's current path; {@code start}, when given, is where the object began. */
    void add(JsonParser p, JsonLocation start, Msg reason) {
        JsonPointer pointer = p.getParsingContext().pathAsPointer();
        List<YamlLocator.Step> steps = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (JsonPointer at = pointer; at != null && !at.matches(); at = at.tail()) {
            if (at.mayMatchElement()) {
                steps.add(new YamlLocator.Step(null, at.getMatchingIndex()));
                path.append('[').append(at.getMatchingIndex()).append(']');
            } else {
                steps.add(new YamlLocator.Step(at.getMatchingProperty(), -1));
                path.append(path.isEmpty() ? "" : ".").append(at.getMatchingProperty());
            }
        }
        JsonLocation loc = start != null ? start : p.currentTokenLocation();
        int[] at = {loc.getLineNr(), loc.getColumnNr()};
        if (start == null && yamlText != null) {
            if (yamlRoot == null) {
                yamlRoot = YamlLocator.composeOrNull(yamlText);
            }
            at = yamlRoot == null ? at : YamlLocator.locate(yamlRoot, steps).orElse(at);
        }
        found.add(new Msg("registry.error", source, at[0] < 0 ? "?" : String.valueOf(at[0]),
                at[1] < 0 ? "?" : String.valueOf(at[1]), path.isEmpty() ? "/" : path.toString(), reason));
    }

    /** Notes an unknown key or a value of the wrong kind, and lets parsing go on. */
    static final class Handler extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            Optional<RegistryProblems> problems = of(ctxt);
            if (problems.isEmpty()) {
                return false;
            }
            List<String> known = names(deserializer.getKnownPropertyNames());
            problems.get().add(p, null, new Msg("registry.unknownKey", propertyName, Nearest.of(propertyName, known),
                    String.join(", ", known)));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) throws IOException {
            Optional<RegistryProblems> problems = of(ctxt);
            if (problems.isEmpty() || !(targetType == java.math.BigDecimal.class || targetType == Integer.class
                    || targetType == int.class)) {
                return NOT_HANDLED;
            }
            problems.get().add(ctxt.getParser(), null, new Msg("registry.expected.number", valueToConvert));
            return targetType == int.class ? 0 : null;
        }

        private static List<String> names(Collection<Object> ids) {
            return ids == null ? List.of() : ids.stream().map(String::valueOf).sorted().toList();
        }
    }
}
