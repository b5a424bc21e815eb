package cn.jixiao.rollup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The summary book's zip, its worksheet parts deflated on every core, half a megabyte at a time, as
 * pigz does: each piece is deflated with the 32 KB before it as its dictionary and ends on a byte
 * boundary (a sync flush), so the pieces joined are one deflate stream, as small within a fraction
 * of a percent as one pass makes it. A rollup's sheets are tens of megabytes of XML, and deflating
 * them on the one thread that writes the book was a tenth of its time. The pieces are joined in a
 * file on disk, so the heap holds the few pieces in flight, not the part. Other parts go through
 * as the zip writes them.
 */
final class SplitDeflatingZip extends ZipArchiveOutputStream {

    private static final int PIECE = 512 * 1024;
    private static final int WINDOW = 32 * 1024;

    private final int level;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private ExecutorService pool;

    /** The part being split (null when the part goes through as it is), and what is known of it so far. */
    private ZipArchiveEntry part;
    private final CRC32 crc = new CRC32();
    private long size;
    private byte[] piece;
    private int filled;
    /** The end of the piece before this one: the dictionary of this one. */
    private byte[] before;
    private final Deque<Future<byte[]>> deflating = new ArrayDeque<>();
    private Path joined;
    private OutputStream joining;
    private long compressed;

    SplitDeflatingZip(OutputStream out, int level) {
        super(out);
        this.level = level;
        setLevel(level);
    }

    private static boolean split(String name) {
        return name.startsWith("xl/worksheets/") && name.endsWith(".xml");
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        if (!split(entry.getName())) {
            super.putArchiveEntry(entry);
            return;
        }
        part = entry;
        crc.reset();
        size = 0;
        piece = new byte[PIECE];
        filled = 0;
        before = null;
        compressed = 0;
        joined = Files.createTempFile("jixiao-part", ".deflated");
        joining = Files.newOutputStream(joined);
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "jixiao-deflate");
                t.setDaemon(true);
                return t;
            });
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (part == null) {
            super.write(b, off, len);
            return;
        }
        crc.update(b, off, len);
        size += len;
        while (len > 0) {
            int n = Math.min(len, PIECE - filled);
            System.arraycopy(b, off, piece, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == PIECE) {
                deflate(false);
            }
        }
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        if (part == null) {
            super.closeArchiveEntry();
            return;
        }
        try {
            deflate(true);
            while (!deflating.isEmpty()) {
                join();
            }
            joining.close();
            ZipArchiveEntry raw = new ZipArchiveEntry(part.getName());
            raw.setMethod(ZipEntry.DEFLATED);
            raw.setCrc(crc.getValue());
            raw.setSize(size);
            raw.setCompressedSize(compressed);
            if (part.getTime() != -1) {
                raw.setTime(part.getTime());
            }
            try (InputStream in = Files.newInputStream(joined)) {
                addRawArchiveEntry(raw, in);
            }
        } finally {
            part = null;
            piece = null;
            before = null;
            Files.deleteIfExists(joined);
        }
    }

    /** Hands the piece filled so far to a thread (the last one of the part ends the stream). */
    private void deflate(boolean last) throws IOException {
        byte[] input = piece;
        int length = filled;
        byte[] dictionary = before;
        if (!last) {
            before = Arrays.copyOfRange(input, length - WINDOW, length);
            piece = new byte[PIECE];
            filled = 0;
        }
        deflating.add(pool.submit(() -> deflated(input, length, dictionary, last, level)));
        // A few pieces in flight: written out in order as they come, so the heap stays small.
        while (deflating.size() > threads || !deflating.isEmpty() && deflating.peekFirst().isDone()) {
            join();
        }
    }

    private void join() throws IOException {
        byte[] out;
        try {
            out = deflating.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deflating the book", e);
        } catch (ExecutionException e) {
            throw new IOException("deflating the book: " + e.getCause(), e.getCause());
        }
        joining.write(out);
        compressed += out.length;
    }

    /** One piece deflated: raw deflate, ending on a byte boundary (or ending the stream, for the last). */
    static byte[] deflated(byte[] input, int length, byte[] dictionary, boolean last, int level) {
        Deflater d = new Deflater(level, true);
        try {
            if (dictionary != null) {
                d.setDictionary(dictionary);
            }
            d.setInput(input, 0, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length / 4));
            byte[] buf = new byte[64 * 1024];
            if (last) {
                d.finish();
                while (!d.finished()) {
                    out.write(buf, 0, d.deflate(buf));
                }
            } else {
                int n;
                do {
                    n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
                    out.write(buf, 0, n);
                } while (n == buf.length || !d.needsInput());
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Also what close() ends with: the zip's close finishes it first when it is not finished. */
    @Override
    public void finish() throws IOException {
        try {
            super.finish();
        } finally {
            release();
        }
    }

    /** The threads, and a part left open by a failure (its file on disk). */
    private void release() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
        if (part != null) {
            part = null;
            try {
                joining.close();
                Files.deleteIfExists(joined);
            } catch (IOException | UncheckedIOException e) {
                // Cleaning up after a failure: the failure is what the caller hears of.
            }
        }
    }
}
