package cn.jixiao.rollup;

import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.RegistryMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects of a rollup while the inputs are read: the first ones on the heap, up to a fixed
 * budget, and the rest on disk, so that the heap holds at most the budget and a small index
 * however many workbooks come in. A town's or a small district's projects all stay on the heap
 * (writing each as JSON and parsing it back cost a tenth of a rollup), save those the JSON would
 * not give back as they went in (see {@link JsonFaithful}); past the budget each project is one
 * line of JSON. The index keeps where each project is and the few fields the rollup sorts and
 * groups by.
 */
final class Spool implements AutoCloseable {

    /**
     * Projects are held on the heap while their rows (a project and its indicators) come to no
     * more than this: about 4,000 projects of 15 indicators, some 15 MiB at 3.6 KB a project.
     */
    static final int HELD_ROWS = 65_536;

    /**
     * What the rollup needs to know of a project without loading it: where it is (held is its place
     * on the heap, else -1 and offset and length say where its line is on disk).
     */
    record Entry(int held, long offset, int length, String unit, String projectId, String projectName, Integer order, int seq,
                 cn.jixiao.registry.FormFamily family, String file, String filledDigest, String filledAt,
                 String sheet) {
    }

    /**
     * Not indented as a registry file is: nobody reads the spool, and spaces cost writing and
     * reading it. Made at the first project written to disk: most rollups write none, and making
     * the reader looks up the deserializer of every type a project holds.
     */
    private ObjectWriter compact;
    /** Bound to the one type read back, so its deserializer is found once, not at every load. */
    private ObjectReader project;
    private final Path file;
    private final RandomAccessFile data;
    private final List<Entry> entries = new ArrayList<>();
    private final List<ReturnedProject> held = new ArrayList<>();
    /** Whether a project comes back from disk as it went in: only such a one is held (else the book would differ). */
    private final JsonFaithful faithful = new JsonFaithful();
    private final int heldRows;
    private int rows;

    Spool() {
        this(HELD_ROWS);
    }

    /** With another budget of rows held on the heap: 0 puts every project on disk (tests). */
    Spool(int heldRows) {
        this.heldRows = heldRows;
        try {
            file = Files.createTempFile("jixiao-rollup", ".jsonl");
            data = new RandomAccessFile(file.toFile(), "rw");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(ReturnedProject r) {
        int size = 1 + r.project().indicators().size();
        if (rows + size <= heldRows && faithful.test(r)) {
            rows += size;
            held.add(r);
            entries.add(entry(held.size() - 1, -1, 0, r));
            return;
        }
        try {
            if (compact == null) {
                // Made here, on the one thread that adds, before any load from disk can start.
                ObjectMapper json = RegistryMapper.json();
                compact = json.writer().without(SerializationFeature.INDENT_OUTPUT);
                project = json.readerFor(ReturnedProject.class);
            }
            byte[] line = compact.writeValueAsBytes(r);
            long offset = data.length();
            data.seek(offset);
            data.write(line);
            entries.add(entry(-1, offset, line.length, r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(int held, long offset, int length, ReturnedProject r) {
        return new Entry(held, offset, length, r.unit(), r.project().id(), r.project().name(), r.origin().order(),
                r.origin().seq(), r.family(), r.origin().file(), r.origin().filledDigest(), r.origin().filledAt(),
                r.origin().isRegistry() ? null : r.origin().sheet());
    }

    List<Entry> entries() {
        return entries;
    }

    /** Safe on several threads at once, once the inputs are in: reads at a position, without seeking. */
    ReturnedProject load(Entry e) {
        if (e.held() >= 0) {
            return held.get(e.held());
        }
        try {
            ByteBuffer line = ByteBuffer.allocate(e.length());
            FileChannel channel = data.getChannel();
            while (line.hasRemaining()) {
                if (channel.read(line, e.offset() + line.position()) < 0) {
                    throw new EOFException(file.toString());
                }
            }
            return project.readValue(line.array());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() throws IOException {
        data.close();
        Files.deleteIfExists(file);
    }
}
