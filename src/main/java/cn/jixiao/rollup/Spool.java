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
 * The projects of a rollup, kept on disk while the inputs are read, so that the heap holds only a
 * small index however many workbooks come in. Each project is one line of JSON; the index keeps
 * where it starts and the few fields the rollup sorts and groups by.
 */
final class Spool implements AutoCloseable {

    /** What the rollup needs to know of a project without loading it. */
    record Entry(long offset, int length, String unit, String projectId, String projectName, Integer order, int seq,
                 cn.jixiao.registry.FormFamily family, String file, String filledDigest, String filledAt,
                 String sheet) {
    }

    private final ObjectMapper json = RegistryMapper.json();
    /** Not indented as a registry file is: nobody reads the spool, and spaces cost writing and reading it. */
    private final ObjectWriter compact = json.writer().without(SerializationFeature.INDENT_OUTPUT);
    /** Bound to the one type read back, so its deserializer is found once, not at every load. */
    private final ObjectReader project = json.readerFor(ReturnedProject.class);
    private final Path file;
    private final RandomAccessFile data;
    private final List<Entry> entries = new ArrayList<>();

    Spool() {
        try {
            file = Files.createTempFile("jixiao-rollup", ".jsonl");
            data = new RandomAccessFile(file.toFile(), "rw");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(ReturnedProject r) {
        try {
            byte[] line = compact.writeValueAsBytes(r);
            long offset = data.length();
            data.seek(offset);
            data.write(line);
            entries.add(new Entry(offset, line.length, r.unit(), r.project().id(), r.project().name(), r.origin().order(),
                    r.origin().seq(), r.family(), r.origin().file(), r.origin().filledDigest(), r.origin().filledAt(),
                    r.origin().isRegistry() ? null : r.origin().sheet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** Safe on several threads at once, once the inputs are in: reads at a position, without seeking. */
    ReturnedProject load(Entry e) {
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
