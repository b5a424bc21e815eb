package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The two Jackson mappers of the registry, configured once: snake_case keys, exact decimals,
 * unknown and duplicate keys rejected, empty values omitted on write, and YAML loading bounded
 * (aliases, nesting, size) so that a hostile file cannot exhaust memory.
 */
public final class RegistryMapper {

    static final int MAX_NESTING = 64;
    /**
     * Stops a runaway file, not a district: the registry `read` writes for 3,000 units of 20
     * projects is some 180 M characters, and jixiao must read back what it writes (at 64 M it
     * could not). The text is in memory before parsing starts in any case.
     */
    static final int MAX_DOCUMENT_CHARS = 1 << 30;

    private RegistryMapper() {
    }

    static ObjectMapper yaml() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(20);
        loader.setAllowDuplicateKeys(false);
        loader.setNestingDepthLimit(MAX_NESTING);
        loader.setCodePointLimit(MAX_DOCUMENT_CHARS);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints())
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .stringQuotingChecker(new QuoteDates())
                .build();
        return configure(new YAMLMapper(factory));
    }

    public static ObjectMapper json() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
        mapper.getFactory().setStreamReadConstraints(constraints());
        return configure(mapper);
    }

    /**
     * Text that YAML 1.1 tools (PyYAML, many editors' plug-ins) would read as a date, 2024-12-31, is
     * quoted: to jixiao and to the forms a date is text, written as the unit wrote it.
     */
    private static final class QuoteDates extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
        private static final java.util.regex.Pattern TIMESTAMP =
                java.util.regex.Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([Tt \\t].*)?");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || looksLikeDate(value) && TIMESTAMP.matcher(value).matches();
        }

        /** The cheap part of the test first: four digits and a dash. Most values fail it. */
        private static boolean looksLikeDate(String value) {
            return value.length() >= 8 && value.charAt(4) == '-' && Character.isDigit(value.charAt(0));
        }
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(1_000_000)
                .maxNumberLength(100)
                .build();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("jixiao-registry");
        module.addDeserializer(String.class, new EmptyAsNullStringDeserializer());
        module.setDeserializerModifier(new RegistryValidation());
        return mapper
                .registerModule(module)
                .addHandler(new RegistryProblems.Handler())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
