package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The book's zip with its sheets deflated in pieces on several threads reads back, with the JDK's
 * own zip reader, as exactly what was written: parts of no bytes, of less than a piece, of exactly
 * one piece, of many pieces (text that compresses and bytes that do not), written in one call or
 * a byte at a time, beside parts that go through unsplit; and it is as small as one pass makes it.
 */
class SplitDeflatingZipTest {

    @Test
    void readsBackAsWritten(@TempDir Path dir) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", new byte[0]);
        parts.put("xl/worksheets/sheet2.xml", xml(1000));
        parts.put("xl/worksheets/sheet3.xml", java.util.Arrays.copyOf(xml(1 << 20), 1 << 20)); // exactly one piece
        parts.put("xl/worksheets/sheet4.xml", xml(5_500_000));
        byte[] noise = new byte[2_300_000];
        new Random(7).nextBytes(noise);
        parts.put("xl/worksheets/sheet5.xml", noise);
        parts.put("xl/styles.xml", xml(70_000));
        Path file = dir.resolve("book.xlsx");
        try (ZipArchiveOutputStream zip = new SplitDeflatingZip(Files.newOutputStream(file), 3)) {
            for (var e : parts.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                byte[] b = e.getValue();
                if (e.getKey().endsWith("sheet2.xml")) {
                    for (byte x : b) {
                        zip.write(x); // a byte at a time
                    }
                } else {
                    zip.write(b, 0, b.length);
                }
                zip.closeArchiveEntry();
            }
            zip.finish();
        }
        try (ZipFile read = new ZipFile(file.toFile())) {
            assertEquals(parts.size(), read.size());
            for (var e : parts.entrySet()) {
                ZipEntry entry = read.getEntry(e.getKey());
                try (InputStream in = read.getInputStream(entry)) {
                    assertArrayEquals(e.getValue(), in.readAllBytes(), e.getKey());
                }
            }
            long oneDeflate = deflatedLength(parts.get("xl/worksheets/sheet4.xml"));
            long split = read.getEntry("xl/worksheets/sheet4.xml").getCompressedSize();
            assertTrue(split < oneDeflate * 1.01, "split " + split + " bytes against one pass's " + oneDeflate);
        }
    }

    /** Sheet-like text that compresses as a sheet does: rows alike but for their numbers. */
    private static byte[] xml(int length) {
        StringBuilder b = new StringBuilder();
        for (int r = 1; b.length() < length; r++) {
            b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>第")
                    .append(r * 7919 % 1000).append("号项目运行经费</t></is></c></row>\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long deflatedLength(byte[] input) {
        Deflater d = new Deflater(3, true);
        d.setInput(input);
        d.finish();
        byte[] buf = new byte[1 << 16];
        long n = 0;
        while (!d.finished()) {
            n += d.deflate(buf);
        }
        d.end();
        return n;
    }
}
