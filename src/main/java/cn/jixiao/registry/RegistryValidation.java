package cn.jixiao.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * What a registry must hold to be a registry at all (a name on every project and unit, a year, a
 * form, a money unit), checked while parsing so the error can point at the line where the
 * offending object starts. Whether the contents make sense is the business of {@code check}.
 */
final class RegistryValidation extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                                                  JsonDeserializer<?> deserializer) {
        Class<?> type = desc.getBeanClass();
        if (type == Project.class) {
            return new Validating<Project>(deserializer, p -> blank(p.name()) ? "registry.missing.projectName" : null);
        }
        if (type == Unit.class) {
            return new Validating<Unit>(deserializer, u -> blank(u.name()) ? "registry.missing.unitName" : null);
        }
        if (type == Registry.class) {
            return new Validating<Registry>(deserializer, RegistryValidation::registryProblem);
        }
        return deserializer;
    }

    private static String registryProblem(Registry r) {
        if (r.year() == null) {
            return "registry.missing.year";
        }
        if (r.moneyUnit() == null) {
            return "registry.missing.moneyUnit";
        }
        if (r.form() == null && r.projects().anyMatch(up -> up.project().form() == null)) {
            return "registry.missing.form";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Wraps a bean deserializer; on a problem, throws with the location where the object began. */
    private static final class Validating<T> extends DelegatingDeserializer {
        private final Function<T, String> problem;

        Validating(JsonDeserializer<?> delegate, Function<T, String> problem) {
            super(delegate);
            this.problem = problem;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Validating<>(newDelegatee, problem);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            T value = (T) _delegatee.deserialize(p, ctxt);
            String key = problem.apply(value);
            if (key != null) {
                java.util.Optional<RegistryProblems> problems = RegistryProblems.of(ctxt);
                if (problems.isEmpty()) {
                    throw new MissingFieldException(p, key, start);
                }
                problems.get().add(p, start, new cn.jixiao.i18n.Msg(key));
            }
            return value;
        }
    }

    /** Carries a message key to {@link RegistryIO}, which turns it into a user message. */
    static final class MissingFieldException extends JsonMappingException {
        final String key;

        MissingFieldException(JsonParser p, String key, JsonLocation location) {
            super(p, key, location);
            this.key = key;
        }
    }
}
