package cn.jixiao.util;

import cn.jixiao.i18n.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.io.output.CloseShieldOutputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that its final name only ever holds a complete file: the bytes go to a
 * temporary file beside it, are forced to disk, and the temporary file is renamed into place.
 * A crash leaves at most a stray ".tmp" file, never a half-written output.
 */
public final class AtomicFiles {

    /** Writes the content; may throw IOException. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, boolean force, Writer writer) {
        write(target, force, writer, null);
    }

    /**
     * Writes many files, such as a fill's workbooks: each folder is searched once for the temporary
     * files a killed run left of any of them, not once per file (a district's thousands of
     * workbooks in one folder made that a listing of the whole folder per workbook), and asked once
     * whether it keeps POSIX permissions. Safe for several threads.
     */
    public static final class Batch {

        private final Map<Path, Set<String>> names = new HashMap<>();
        private final Map<Path, Boolean> posix = new ConcurrentHashMap<>();

        public Batch(Collection<Path> targets) {
            for (Path t : targets) {
                Path absolute = t.toAbsolutePath();
                names.computeIfAbsent(absolute.getParent(), d -> new HashSet<>()).add(absolute.getFileName().toString());
            }
        }

        public void write(Path target, boolean force, Writer writer) {
            AtomicFiles.write(target, force, writer, this);
        }

        /** Clears the folder's stale temporaries the first time it is written to; whether it keeps permissions. */
        private boolean prepare(Path dir) throws IOException {
            try {
                return posix.computeIfAbsent(dir, d -> {
                    try {
                        removeStaleTemporaries(d, names.getOrDefault(d, Set.of()));
                        return Files.getFileStore(d).supportsFileAttributeView("posix");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    private static void write(Path target, boolean force, Writer writer, Batch batch) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!force && Files.exists(absolute)) {
            throw new UserError("output.exists", target);
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            boolean posix;
            if (batch != null) {
                posix = batch.prepare(dir);
            } else {
                removeStaleTemporaries(dir, Set.of(absolute.getFileName().toString()));
                posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
            }
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel),
                         1 << 16)) {
                // Buffered: a zip writer puts each entry's header down in a write of its own, a system
                // call each on a bare channel (a summary book's forms are hundreds of entries).
                // Writers such as jxls close the stream they are given; the channel must stay open to be forced.
                writer.writeTo(CloseShieldOutputStream.wrap(out));
                out.flush();
                channel.force(true);
            }
            // createTempFile makes an owner-only file; an output is an ordinary document.
            if (posix) {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            move(tmp, absolute, force);
            tmp = null;
        } catch (FileAlreadyExistsException e) {
            throw new UserError("output.exists", target);
        } catch (AccessDeniedException e) {
            throw new UserError("output.notWritable", target, dir);
        } catch (IOException e) {
            throw new UserError(new cn.jixiao.i18n.Msg("output.failed", target, String.valueOf(e)), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed and says so; a stray temp file is harmless
                }
            }
        }
    }

    /**
     * Temporary files a killed run left for these same outputs: never under the final name, and
     * removed when the output is written again so they do not pile up. A temporary file is named
     * "." + the output's name + "." + a number + ".tmp" (Files.createTempFile); the folder is read
     * once, whatever the number of outputs.
     */
    private static void removeStaleTemporaries(Path dir, Set<String> outputs) throws IOException {
        if (outputs.isEmpty()) {
            return;
        }
        try (var entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : entries) {
                if (outputs.contains(outputOf(p.getFileName().toString()))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (java.nio.file.DirectoryIteratorException e) {
            // A folder that cannot be read to the end: leave any stray temporary file be.
        }
    }

    /** The output a temporary file's name belongs to, or "" when it is not one of ours. */
    static String outputOf(String temporary) {
        int end = temporary.length() - ".tmp".length();
        int digits = end;
        while (digits > 0 && Character.isDigit(temporary.charAt(digits - 1))) {
            digits--;
        }
        if (!temporary.startsWith(".") || !temporary.endsWith(".tmp") || digits == end || digits < 2
                || temporary.charAt(digits - 1) != '.') {
            return "";
        }
        return temporary.substring(1, digits - 1);
    }

    private static void move(Path tmp, Path target, boolean force) throws IOException {
        try {
            if (force) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // No REPLACE_EXISTING: if someone created the file meanwhile, we must not clobber it.
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (force) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(tmp, target);
            }
        }
    }
}
