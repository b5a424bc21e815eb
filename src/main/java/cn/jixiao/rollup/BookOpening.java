package cn.jixiao.rollup;

import cn.jixiao.template.TemplateSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary book's template, opened on a thread of its own while the returns are read. The
 * first XSSF workbook a run opens loads POI's schema types, some 0.4 s of one core, and reading
 * the returns needs none of them (they are read as XML): so the two overlap instead of one
 * waiting for the other. The streamed book is made there too (a temporary file for each sheet). Whoever takes the template owns it; one never taken is closed here.
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

    private static Opened open(TemplateSource source) {
        XSSFWorkbook template = null;
        try {
            template = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()));
            return new Opened(template, new StreamedBook(template, 200));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
