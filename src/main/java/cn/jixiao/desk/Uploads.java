package cn.jixiao.desk;

import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.Msg;
import cn.jixiao.i18n.UserError;
import cn.jixiao.registrybook.Registries;
import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.WorkbookFiles;
import cn.jixiao.registry.Registry;
import cn.jixiao.util.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files the page sends: returned workbooks into the returns folder, a new registry into the
 * workspace. Each is checked before it takes its place (a plain name inside its folder, under the
 * size limit, really a workbook or a registry the loader reads), staged, and moved into place in
 * one step, so a refused or broken upload leaves everything as it was. Returned files are kept
 * byte for byte as received; a file replaced by a newer one of the same name is moved aside, not
 * deleted.
 */
final class Uploads {

    /** What was done with an upload, in words for the page. */
    record Saved(Path file, String message) {
    }

    static final Set<String> WORKBOOK = Set.of("xlsx", "xls");
    static final Set<String> REGISTRY = Set.of("yaml", "yml", "json", "xlsx");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Year year;
    private final Limits limits;
    private final Messages messages;

    /** How big an upload may be and how many returned files the folder may hold. */
    record Limits(long maxBytes, int maxFiles) {
    }

    Uploads(Year year, Limits limits, Messages messages) {
        this.year = year;
        this.limits = limits;
        this.messages = messages;
    }

    Limits limits() {
        return limits;
    }

    Saved saveReturn(String rawName, long declaredLength, InputStream body) {
        Path target = SafeNames.inside(year.returnsDir(), rawName);
        String name = target.getFileName().toString();
        if (!WORKBOOK.contains(SafeNames.extension(name))) {
            throw new UserError("desk.upload.notWorkbookName", name);
        }
        checkLength(name, declaredLength);
        if (Year.workbooks(year.returnsDir()).size() >= limits.maxFiles() && !Files.exists(target)) {
            throw new UserError("desk.upload.tooMany", String.valueOf(limits.maxFiles()), year.returnsDir().getFileName());
        }
        return staged(target, body, stage -> {
            // opened only to refuse what the reader could not read; the file itself is kept as received
            try (LoadedWorkbook opened = WorkbookFiles.open(stage)) {
                opened.sheets();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "desk.upload.returnSaved", "desk.upload.returnReplaced");
    }

    Saved saveRegistry(String rawName, long declaredLength, InputStream body) {
        Path target = SafeNames.inside(year.dir(), rawName);
        String name = target.getFileName().toString();
        if (!REGISTRY.contains(SafeNames.extension(name)) || name.equals(cn.jixiao.workspace.Workspace.FILE)) {
            throw new UserError("desk.upload.notRegistryName", name);
        }
        checkLength(name, declaredLength);
        Saved saved = staged(target, body, stage -> {
            Registry r = Registries.read(stage);
            if (r.units().isEmpty()) {
                throw new UserError("registry.empty", stage.getFileName());
            }
        }, "desk.upload.registrySaved", "desk.upload.registryReplaced");
        WorkspaceFile.pointRegistryAt(year.dir(), name);
        return saved;
    }

    private void checkLength(String name, long declared) {
        if (declared > limits.maxBytes()) {
            throw new UserError("desk.upload.tooLarge", name, megabytes(limits.maxBytes()));
        }
    }

    private interface Check {
        void accept(Path staged);
    }

    /**
     * Writes the body under its own name in a hidden folder beside the target (the same disk, so
     * the final move is one rename), checks it there, then moves it into place.
     */
    private Saved staged(Path target, InputStream body, Check check, String savedKey, String replacedKey) {
        Path folder = target.getParent();
        Path stageDir = folder.resolve(".jixiao-desk-upload-" + UUID.randomUUID());
        Path stage = stageDir.resolve(target.getFileName());
        try {
            AtomicFiles.write(stage, false, out -> copyLimited(body, out, target.getFileName().toString()));
            try {
                check.accept(stage);
            } catch (UserError e) {
                throw new UserError(new Msg("desk.upload.refused", target.getFileName(), plain(e.msg(), stageDir)), e);
            }
            if (Files.exists(target)) {
                if (Files.mismatch(stage, target) == -1) {
                    return new Saved(target, messages.get("desk.upload.same", target.getFileName()));
                }
                Path aside = year.dir().resolve(messages.get("desk.folder.replaced"))
                        .resolve(LocalDateTime.now().format(STAMP)).resolve(target.getFileName());
                Files.createDirectories(aside.getParent());
                Files.copy(target, aside, StandardCopyOption.COPY_ATTRIBUTES);
                replace(stage, target);
                return new Saved(target, messages.get(replacedKey, target.getFileName(), year.dir().relativize(aside)));
            }
            move(stage, target);
            return new Saved(target, messages.get(savedKey, target.getFileName(), year.dir().relativize(folder)));
        } catch (IOException e) {
            throw new UserError(new Msg("output.failed", target, String.valueOf(e)), e);
        } finally {
            delete(stageDir);
        }
    }

    /** A message about the staged file, naming only the file as the user knows it. */
    private String plain(Msg msg, Path stageDir) {
        return messages.render(msg).replace(stageDir.toString() + java.io.File.separator, "")
                .replace(stageDir.toAbsolutePath() + java.io.File.separator, "");
    }

    private void copyLimited(InputStream in, java.io.OutputStream out, String name) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limits.maxBytes()) {
                throw new UserError("desk.upload.tooLarge", name, megabytes(limits.maxBytes()));
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw new UserError("read.emptyFile", name);
        }
    }

    static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " MB";
    }

    /** No REPLACE_EXISTING: a file that appeared meanwhile under that name is not clobbered. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** The old file was copied aside first; the new one takes its name in one rename. */
    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a stray hidden staging folder is harmless; the upload itself already succeeded or said why not
        }
    }
}
