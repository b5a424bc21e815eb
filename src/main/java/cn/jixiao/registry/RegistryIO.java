package cn.jixiao.registry;

import cn.jixiao.i18n.Msg;
import cn.jixiao.i18n.UserError;
import cn.jixiao.util.AtomicFiles;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes registries (YAML or JSON by extension). Every problem with a file becomes a
 * {@link UserError} naming the file, line and column and what was expected.
 */
public final class RegistryIO {

    // Each made when first needed: a command that writes YAML never needs the JSON one, and making one
    // costs a run tens of milliseconds.
    private ObjectMapper yaml;
    private ObjectMapper json;

    public Registry read(Path file) {
        RegistryFormat format = RegistryFormat.of(file)
                .orElseThrow(() -> new UserError("registry.unknownExtension", file));
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("file.notFound", file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserError("registry.notUtf8", file);
        } catch (IOException e) {
            throw new UserError("file.unreadable", file, e.getMessage());
        }
        return parse(text, format, file.toString());
    }

    public Registry parse(String text, RegistryFormat format, String source) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Windows editors add a BOM; it is not content
        }
        if (text.isBlank()) {
            throw new UserError("registry.empty", source);
        }
        RegistryProblems problems = new RegistryProblems(source, format == RegistryFormat.YAML ? text : null);
        try {
            Registry registry = mapper(format).readerFor(Registry.class)
                    .withAttribute(RegistryProblems.ATTRIBUTE, problems).readValue(text);
            if (registry == null) {
                throw new UserError("registry.empty", source);
            }
            List<Msg> all = new ArrayList<>(problems.found());
            if (all.isEmpty()) { // the rest assumes a registry that parsed
                all.addAll(Duplicates.find(registry, where(format, text, source)));
            }
            if (!all.isEmpty()) {
                throw new UserError(all);
            }
            RegistryLimits.check(registry, source);
            return registry;
        } catch (JacksonException e) {
            // What was collected before parsing had to stop, then the reason it stopped.
            List<Msg> all = new ArrayList<>(problems.found());
            all.add(describe(e, source, format == RegistryFormat.YAML ? text : null));
            throw new UserError(all);
        }
    }

    /** How a duplicate names the project: its line in a YAML registry, its path in a JSON one. */
    private static java.util.function.BiFunction<Integer, Integer, Msg> where(RegistryFormat format, String text,
                                                                            String source) {
        org.yaml.snakeyaml.nodes.Node root = format == RegistryFormat.YAML ? YamlLocator.composeOrNull(text) : null;
        return (u, p) -> {
            String path = "units[" + u + "].projects[" + p + "]";
            return java.util.Optional.ofNullable(root)
                    .flatMap(r -> YamlLocator.locate(r, List.of(new YamlLocator.Step("units", -1),
                            new YamlLocator.Step(null, u), new YamlLocator.Step("projects", -1),
                            new YamlLocator.Step(null, p))))
                    .map(at -> new Msg("registry.at.line", source, String.valueOf(at[0])))
                    .orElse(new Msg("registry.at.path", source, path));
        };
    }

    public String toText(Registry registry, RegistryFormat format) {
        try {
            String out = mapper(format).writeValueAsString(registry);
            return out.endsWith("\n") ? out : out + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registry could not be serialised", e);
        }
    }

    /**
     * A stable digest of what was filled for one project: the SHA-256 of its canonical JSON.
     * Lets the reader tell a returned workbook that was changed from one that was not.
     */
    public String digest(Project project) {
        try {
            byte[] canonical = mapper(RegistryFormat.JSON).writeValueAsBytes(project);
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(canonical);
            return java.util.HexFormat.of().formatHex(hash);
        } catch (JsonProcessingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes atomically; an existing file is replaced only with {@code force}. */
    public void write(Registry registry, Path file, boolean force) {
        RegistryFormat format = RegistryFormat.of(file)
                .orElseThrow(() -> new UserError("registry.unknownExtension", file));
        // Streamed, not built as one string: a district's registry (60,000 projects) is some 200 MB of
        // text, which as a String and its copies would not fit the heap the reading itself needs.
        AtomicFiles.write(file, force, out -> {
            LastByte tail = new LastByte(new java.io.BufferedOutputStream(out, 1 << 16));
            if (format == RegistryFormat.YAML && registry.units().size() > 1) {
                writeYamlByUnit(registry, tail);
            } else {
                mapper(format).writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValue(tail, registry);
            }
            if (tail.last != '\n') {
                tail.write('\n');
            }
            tail.flush();
        });
    }

    /**
     * The YAML of a registry, its units rendered side by side and written in order. Turning values
     * into YAML (SnakeYAML's emitter weighs every scalar) is most of the cost of writing, and a
     * unit's text does not depend on the units around it: each is its item of the units list as
     * the registry with that unit alone has it, after the lines all registries share (year, form,
     * money unit, title, "units:"). Byte for byte what one pass writes (RegistryIOTest).
     */
    private void writeYamlByUnit(Registry registry, java.io.OutputStream out) throws java.io.IOException {
        String common = toText(registry.withUnits(List.of()), RegistryFormat.YAML);
        if (common.startsWith("{")) { // nothing but units: no lines to share ({} stands for the empty head)
            mapper(RegistryFormat.YAML).writer()
                    .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, registry);
            return;
        }
        byte[] head = (common + "units:\n").getBytes(StandardCharsets.UTF_8);
        ObjectMapper yaml = mapper(RegistryFormat.YAML);
        out.write(head);
        try {
            cn.jixiao.util.InOrder.map(registry.units(), cn.jixiao.util.InOrder.threads(registry.units().size()),
                    unit -> unitItem(yaml, registry.withUnits(List.of(unit)), head), done -> {
                        if (done.error() != null) {
                            throw done.error();
                        }
                        try {
                            out.write(done.result());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The units-list item of a one-unit registry: its YAML after the head every registry's YAML starts with. */
    private static byte[] unitItem(ObjectMapper yaml, Registry oneUnit, byte[] head) {
        byte[] all;
        try {
            all = yaml.writeValueAsBytes(oneUnit);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registry could not be serialised", e);
        }
        if (all.length < head.length || !java.util.Arrays.equals(all, 0, head.length, head, 0, head.length)) {
            throw new IllegalStateException("a unit's YAML does not start with the registry's head");
        }
        return java.util.Arrays.copyOfRange(all, head.length, all.length);
    }

    /** Remembers the last byte written, so the file ends with a line break as {@link #toText} does. */
    private static final class LastByte extends java.io.FilterOutputStream {
        private int last = -1;

        LastByte(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws java.io.IOException {
            out.write(b);
            last = b & 0xff;
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
            if (len > 0) {
                last = b[off + len - 1] & 0xff;
            }
        }
    }

    private synchronized ObjectMapper mapper(RegistryFormat format) {
        if (format == RegistryFormat.YAML) {
            yaml = yaml != null ? yaml : RegistryMapper.yaml();
            return yaml;
        }
        json = json != null ? json : RegistryMapper.json();
        return json;
    }

    private static Msg describe(JacksonException e, String source, String yamlText) {
        JsonParser parser = e.getProcessor() instanceof JsonParser jp ? jp : null;
        JsonLocation loc = e.getLocation();
        String line = loc == null || loc.getLineNr() < 0 ? "?" : String.valueOf(loc.getLineNr());
        String col = loc == null || loc.getColumnNr() < 0 ? "?" : String.valueOf(loc.getColumnNr());
        if (yamlText != null && e instanceof JsonMappingException m && !(e instanceof RegistryValidation.MissingFieldException)) {
            // Jackson's YAML locations often point past the offending value; ask the YAML tree.
            java.util.Optional<int[]> at = YamlLocator.locate(yamlText, steps(m));
            if (at.isPresent()) {
                line = String.valueOf(at.get()[0]);
                col = String.valueOf(at.get()[1]);
            }
        }
        String path = e instanceof JsonMappingException m ? path(m) : "";
        if (e instanceof RegistryValidation.MissingFieldException m) {
            return new Msg("registry.error", source, line, col, path, new Msg(m.key));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String nearest = Nearest.of(u.getPropertyName(), names(u.getKnownPropertyIds()));
            return new Msg("registry.error", source, line, col, path,
                    new Msg("registry.unknownKey", u.getPropertyName(), nearest,
                            String.join(", ", names(u.getKnownPropertyIds()))));
        }
        if (e instanceof InvalidFormatException f) {
            return new Msg("registry.error", source, line, col, path, expected(f.getTargetType(), f.getValue()));
        }
        if (e instanceof ValueInstantiationException v) {
            return new Msg("registry.error", source, line, col, path, expected(v.getType().getRawClass(), v.getCause() == null ? textOf(parser) : v.getCause().getMessage()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new Msg("registry.error", source, line, col, path, expected(m.getTargetType(), null));
        }
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            return new Msg("registry.error", source, line, col, path, new Msg("registry.tooLarge"));
        }
        String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        path = path.isEmpty() ? "/" : path;
        if (detail.contains("\\t(TAB)") || detail.contains("found character '\\t'")) {
            // The parser reports where the token before the tab ended; the officer needs the tab's own line.
            int[] tab = yamlText == null ? null : tabAtOrAfter(yamlText, line);
            return tab == null ? new Msg("registry.error", source, line, col, path, new Msg("registry.tab"))
                    : new Msg("registry.errorAt", source, tab[0], tab[1], new Msg("registry.tab"));
        }
        if (detail.startsWith("Duplicate field")) {
            return new Msg("registry.error", source, line, col, path,
                    new Msg("registry.duplicateKey", detail.replaceAll(".*'(.*)'.*", "$1")));
        }
        return new Msg("registry.error", source, line, col, path,
                new Msg("registry.syntax", detail.lines().findFirst().orElse(detail)));
    }

    /** The first line, from the one reported on, whose indentation holds a tab: its number and the tab's column (1-based). */
    private static int[] tabAtOrAfter(String yamlText, String reportedLine) {
        int from = reportedLine.chars().allMatch(Character::isDigit) ? Integer.parseInt(reportedLine) : 1;
        List<String> lines = yamlText.lines().toList();
        for (int i = Math.max(0, from - 1); i < lines.size(); i++) {
            String l = lines.get(i);
            int indent = 0;
            while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
                indent++;
            }
            int tab = l.substring(0, indent).indexOf('\t');
            if (tab >= 0) {
                return new int[] {i + 1, tab + 1};
            }
        }
        return null;
    }

    private static Msg expected(Class<?> type, Object value) {
        String shown = value == null ? "" : String.valueOf(value);
        if (type == FormFamily.class) {
            return new Msg("registry.expected.form", shown);
        }
        if (type == MoneyUnit.class) {
            return new Msg("registry.expected.moneyUnit", shown);
        }
        if (type == BigDecimal.class || type == Integer.class || type == int.class) {
            return new Msg("registry.expected.number", shown);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return new Msg("registry.expected.list");
        }
        if (type == String.class) {
            return new Msg("registry.expected.text");
        }
        return new Msg("registry.expected.mapping");
    }

    private static String textOf(JsonParser parser) {
        try {
            return parser == null ? null : parser.getText();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static java.util.List<String> names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.toList());
    }

    private static java.util.List<YamlLocator.Step> steps(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> new YamlLocator.Step(r.getFieldName(), r.getFieldName() == null ? r.getIndex() : -1))
                .toList();
    }

    /** units[2].projects[0].funds.total: where in the tree the problem is. */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "/" : sb.toString();
    }
}
