package cn.jixiao.rollup;

import cn.jixiao.i18n.UserError;
import cn.jixiao.template.TemplateSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary book's template, opened on a thread of its own while the returns are read. The
 * first XSSF workbook a run opens loads POI's schema types, some 0.4 s of one core, and reading
 * the returns needs none of them (they are read as XML): so the two overlap instead of one
 * waiting for the other. The streamed book is made there too (a temporary file for each sheet). Whoever takes the template owns it; one never taken is closed here.
 * A template POI cannot open (an office's own, which {@link TemplateSource} used as it is, having
 * no jxls command to re-aim) is {@code template.unreadable}, as a template read from a file is.
 */
final class BookOpening implements AutoCloseable {

    /** The template, and the streamed book made on it (a temporary file for each of its sheets). */
    record Opened(XSSFWorkbook template, StreamedBook book) {
    }

    private final CompletableFuture<Opened> opened;
    private boolean taken;

    BookOpening(TemplateSource source) {
        opened = CompletableFuture.supplyAsync(() -> open(source), task -> {
            Thread t = new Thread(task, "jixiao-book");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The template and its book, once made: what opening it threw is thrown here, as it would have been. */
    Opened take() throws IOException {
        taken = true;
        try {
            return opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Throws what opening the template threw, once it has failed (else nothing): a template POI
     * cannot open is said while the returns are read, not after the last of them.
     */
    void check() {
        if (opened.isCompletedExceptionally()) {
            try {
                take();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Opened open(TemplateSource source) {
        XSSFWorkbook template = null;
        try {
            try {
                template = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()));
            } catch (IOException | POIXMLException | NotOfficeXmlFileException e) {
                // An office's own template that POI cannot open: said as a reading of the file would say it.
                throw new UserError("template.unreadable", source.origin(), String.valueOf(e.getMessage()));
            }
            return new Opened(template, new StreamedBook(template, 200));
        } catch (RuntimeException | Error e) {
            closeQuietly(template);
            throw e;
        }
    }

    /**
     * Disposes of a book never taken (the rollup stopped before it), waiting for it to be made:
     * its sheets have temporary files, which a process about to exit would leave behind.
     */
    @Override
    public void close() {
        if (!taken) {
            try {
                Opened o = opened.join();
                o.book().dispose();
                closeQuietly(o.template());
            } catch (CompletionException e) {
                // Opening failed: nothing was made, and the rollup's own failure is what is said.
            }
        }
    }

    private static void closeQuietly(XSSFWorkbook template) {
        if (template != null) {
            try {
                template.close();
            } catch (IOException e) {
                // Opened from bytes in memory: there is nothing to release but the memory.
            }
        }
    }
}
