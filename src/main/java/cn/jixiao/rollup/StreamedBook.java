package cn.jixiao.rollup;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary book's streamed workbook. POI writes each row's XML to disk a few characters at a
 * time through a synchronised BufferedWriter and a charset encoder, which was a quarter of a
 * rollup's time; here the same characters go through a plain writer that encodes UTF-8 itself.
 * The XML written is the same, byte for byte.
 */
final class StreamedBook extends SXSSFWorkbook {

    StreamedBook(XSSFWorkbook template, int window) {
        super(template, window);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            @SuppressWarnings("deprecation") // the way POI offers to choose the writer (to be protected in POI 6)
            public Writer createWriter(File fd) throws IOException {
                return new Utf8Writer(new FileOutputStream(fd));
            }
        };
    }

    /** An unsynchronised writer of UTF-8 into a buffer of its own (one thread writes a sheet). */
    static final class Utf8Writer extends Writer {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int n;
        /** A high surrogate whose low half has not come yet. */
        private char high;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80 && high == 0) {
                    if (n == buf.length) {
                        drain();
                    }
                    buf[n++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        @Override
        public void write(char[] cs, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(cs[i]);
            }
        }

        private void put(char c) throws IOException {
            if (n > buf.length - 4) {
                drain();
            }
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    buf[n++] = (byte) (0xF0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                buf[n++] = '?'; // a lone surrogate, as Java's UTF-8 encoder writes it
                put(c);
                return;
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (high != 0) {
                high = 0;
                put('?');
            }
            try (out) {
                drain();
            }
        }
    }
}
