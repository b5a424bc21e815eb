package cn.jixiao.util;

import cn.jixiao.i18n.UserError;
import java.io.IOException;
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
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!force && Files.exists(absolute)) {
            throw new UserError("output.exists", target);
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            removeStaleTemporaries(dir, absolute.getFileName().toString());
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
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
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
     * Temporary files a killed run left for this same output: never under the final name, and
     * removed when the output is written again so they do not pile up.
     */
    private static void removeStaleTemporaries(Path dir, String name) throws IOException {
        try (var stale = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.tmp")) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.DirectoryIteratorException | java.util.regex.PatternSyntaxException e) {
            // An unusual name the glob cannot express: leave any stray temporary file be.
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([\\[\\]{}*?\\\\])", "\\\\$1");
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
