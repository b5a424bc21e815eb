package cn.jixiao.grid;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The parts of an .xlsx package, read straight from the zip. The reader needs five kinds of
 * part; opening the whole package through POI's OPC layer cost more than reading them. Guards
 * against zip bombs itself: no part may inflate beyond {@link #MAX_PART_BYTES}, nor more than
 * {@link #MAX_RATIO} times its compressed size once it is past a megabyte.
 */
public final class ZipParts implements AutoCloseable {

    static final long MAX_PART_BYTES = 256L << 20;
    static final long MAX_RATIO = 200;

    private final ZipFile zip;
    private final Map<String, byte[]> inMemory;

    private ZipParts(ZipFile zip, Map<String, byte[]> inMemory) {
        this.zip = zip;
        this.inMemory = inMemory;
    }

    public static ZipParts of(Path file) throws IOException {
        return new ZipParts(new ZipFile(file.toFile()), null);
    }

    /** A package held in memory (a template read from the jar). */
    public static ZipParts of(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new Guard(in, e.getName(), -1).readAllBytes());
            }
        }
        return new ZipParts(null, parts);
    }

    /** The part at this path inside the package (no leading slash), or null. */
    public InputStream open(String name) throws IOException {
        String n = name.startsWith("/") ? name.substring(1) : name;
        if (inMemory != null) {
            byte[] b = inMemory.get(n);
            return b == null ? null : new ByteArrayInputStream(b);
        }
        ZipEntry e = zip.getEntry(n);
        return e == null ? null : new Guard(zip.getInputStream(e), n, e.getCompressedSize());
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }

    /** A part too large, or inflating far beyond its compressed size. */
    static final class TooLarge extends IOException {
        TooLarge(String part) {
            super("part " + part + " inflates beyond the reader's limits (zip bomb?)");
        }
    }

    /** Counts what a part inflates to and stops it at the limits. */
    private static final class Guard extends FilterInputStream {
        private final String name;
        private final long compressed;
        private long read;

        Guard(InputStream in, String name, long compressed) {
            super(in);
            this.name = name;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_PART_BYTES || (compressed > 0 && read > (1 << 20) && read > compressed * MAX_RATIO)) {
                throw new TooLarge(name);
            }
        }

        @Override
        public void close() throws IOException {
            if (compressed >= 0) {
                super.close(); // a ZipInputStream entry is closed with its stream, not here
            }
        }
    }
}
