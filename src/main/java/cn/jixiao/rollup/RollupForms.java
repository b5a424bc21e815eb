package cn.jixiao.rollup;

import cn.jixiao.fill.WorkbookFiller;
import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.read.Origin;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Registry.UnitProject;
import cn.jixiao.registry.Unit;
import cn.jixiao.template.TemplateSource;
import cn.jixiao.util.InOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Every project's form, spliced into the book in the book's order. A form that is a sheet of its
 * own in a returned .xlsx is spliced from that sheet as the unit edited it, on threads of their
 * own while the book's tables are written ({@link #start}); the others (projects from registries,
 * .xls returns, a sheet holding several forms, a workbook whose parts cannot be spliced) are
 * filled from their family's template a few at a time and spliced from the filled workbook once
 * the tables are done ({@link #finish}), since the spool they are loaded from is the tables' too.
 */
final class RollupForms implements AutoCloseable {

    /** Forms filled and copied at a time: enough to amortise jxls, few enough to keep the heap small. */
    private static final int FORMS_PER_CHUNK = 40;

    private final FormBook book;
    private final Spool spool;
    private final List<Spool.Entry> kept;
    private final Map<Integer, String> sheets;
    private final Function<FormFamily, TemplateSource> templates;
    private final String title;
    /** What each place's form came without, set by whichever thread spliced it. */
    private final List<Set<String>> left;
    /** Places whose form is to be filled: not spliceable, or its splice failed. */
    private final boolean[] fill;
    private ExecutorService pool;
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stopped;

    /**
     * The forms of the kept projects (in the book's order), named as sheets says, into book;
     * title heads the forms that are filled.
     */
    RollupForms(FormBook book, Spool spool, List<Spool.Entry> kept, Map<Integer, String> sheets,
                Function<FormFamily, TemplateSource> templates, String title) {
        this.book = book;
        this.spool = spool;
        this.kept = kept;
        this.sheets = sheets;
        this.templates = templates;
        this.title = title;
        left = new ArrayList<>(java.util.Collections.nCopies(kept.size(), null));
        fill = new boolean[kept.size()];
    }

    /** Starts splicing the returned sheets, a workbook at a time on each core, and returns at once. */
    void start() {
        Map<String, Integer> perSheet = new HashMap<>();
        for (Spool.Entry e : kept) {
            if (e.sheet() != null) {
                perSheet.merge(e.file() + "\u0000" + e.sheet(), 1, Integer::sum);
            }
        }
        Map<String, List<Integer>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            Spool.Entry e = kept.get(i);
            if (spliceable(e, perSheet)) {
                byFile.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(i);
            } else {
                fill[i] = true;
            }
        }
        if (byFile.isEmpty()) {
            return;
        }
        int threads = InOrder.threads(byFile.size());
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jixiao-forms");
            t.setDaemon(true);
            return t;
        });
        // Each thread keeps one pen (a file of its own) for all the workbooks it splices.
        ThreadLocal<FormBook.Pen> pens = new ThreadLocal<>();
        Turns turns = new Turns(byFile.size());
        int turn = 0;
        for (Map.Entry<String, List<Integer>> f : byFile.entrySet()) {
            int mine = turn++;
            running.add(pool.submit(() -> {
                try {
                    FormBook.Pen pen = pens.get();
                    if (pen == null) {
                        pen = book.pen();
                        pens.set(pen);
                    }
                    splice(pen, Path.of(f.getKey()), f.getValue(), turns, mine);
                    return null;
                } finally {
                    turns.pass(mine); // whatever failed, the workbooks after this one are not kept waiting
                }
            }));
        }
        pool.shutdown();
    }

    /**
     * Splices a returned workbook's forms at their places. A form whose sheet cannot be found or
     * spliced, with those of the workbook after it, is left to be filled. The caller passes the
     * turn whatever happens here.
     */
    private void splice(FormBook.Pen pen, Path file, List<Integer> places, Turns turns, int turn) {
        int[] done = {0};
        try (SourceBook source = new SourceBook(file)) {
            // The styles new to the book are numbered as they are met, so they are met a workbook at a
            // time in the book's order: two rollups of the same returns give the same book. Mapped all
            // at once in this workbook's turn, its forms are then spliced beside the others'; a
            // workbook with too many styles for that has its forms spliced in its turn instead.
            boolean[] mapped = {false};
            turns.take(turn, () -> {
                mapped[0] = book.registerStyles(source);
                if (!mapped[0]) {
                    splice(pen, source, places, done);
                }
            });
            if (mapped[0]) {
                splice(pen, source, places, done);
            }
        } catch (IOException ex) {
            // Not a workbook whose parts can be spliced (or it went away): its forms are filled instead.
            for (int i = done[0]; i < places.size(); i++) {
                fill[places.get(i)] = true;
            }
        }
    }

    /** The workbook's forms, at their places; done counts those dealt with. */
    private void splice(FormBook.Pen pen, SourceBook source, List<Integer> places, int[] done) throws IOException {
        for (int place : places) {
            if (stopped) {
                return;
            }
            Spool.Entry e = kept.get(place);
            SourceBook.SheetPart part = source.sheet(e.sheet());
            if (part == null) {
                fill[place] = true;
            } else {
                left.set(place, pen.add(place, sheets.get(e.seq()), source, part));
            }
            done[0]++;
        }
    }

    /**
     * Waits for the splices, fills and splices the forms left to be filled, and puts the forms'
     * styles into the book; returns the forms that came without some of their parts, in the
     * book's order. Call on the thread that writes the book, after its tables and its own parts
     * are written (the splices go on meanwhile).
     */
    List<Rollup.FormParts> finish() throws IOException {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        fillTheRest();
        book.commitStyles();
        List<Rollup.FormParts> dropped = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Set<String> parts = left.get(i);
            if (parts != null && !parts.isEmpty()) {
                Spool.Entry e = kept.get(i);
                dropped.add(new Rollup.FormParts(e.file(), e.sheet(), List.copyOf(parts)));
            }
        }
        return dropped;
    }

    /**
     * How many forms of returned workbooks were filled from the template with what was read,
     * rather than spliced from the sheet the unit returned (an .xls, a sheet holding several
     * forms, a workbook whose parts could not be spliced); after {@link #finish}. Registries have
     * no sheet to splice: their forms are always filled and not counted.
     */
    int filledFromWorkbooks() {
        int n = 0;
        for (int i = 0; i < fill.length; i++) {
            n += fill[i] && kept.get(i).sheet() != null ? 1 : 0;
        }
        return n;
    }

    /** The forms to be filled, in the book's order, a chunk of one family, money unit and year at a time. */
    private void fillTheRest() throws IOException {
        FormBook.Pen pen = null;
        WorkbookFiller filler = new WorkbookFiller();
        List<ReturnedProject> chunk = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (!fill[i]) {
                continue;
            }
            pen = pen == null ? book.pen() : pen;
            ReturnedProject r = spool.load(kept.get(i));
            if (!chunk.isEmpty() && (chunk.size() == FORMS_PER_CHUNK || chunk.get(0).family() != r.family()
                    || chunk.get(0).moneyUnit() != r.moneyUnit() || !Objects.equals(chunk.get(0).year(), r.year()))) {
                fillAndSplice(pen, chunk, places, filler);
                chunk.clear();
                places.clear();
            }
            chunk.add(r);
            places.add(i);
        }
        if (!chunk.isEmpty()) {
            fillAndSplice(pen, chunk, places, filler);
        }
    }

    /** Fills the chunk's forms into a workbook on disk and splices its sheets in at their places. */
    private void fillAndSplice(FormBook.Pen pen, List<ReturnedProject> chunk, List<Integer> places,
                               WorkbookFiller filler) throws IOException {
        ReturnedProject first = chunk.get(0);
        List<UnitProject> projects = chunk.stream()
                .map(r -> new UnitProject(new Unit(r.unit(), List.of()), r.project())).toList();
        // Names inside the chunk's own workbook only need to be unique there; the book's names are applied on splicing.
        List<String> local = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            local.add("f" + i);
        }
        WorkbookJob job = new WorkbookJob(null, templates.apply(first.family()), first.family(),
                first.year() == null ? 0 : first.year(), first.moneyUnit(), title, title, first.unit(), projects,
                local, chunk.stream().map(r -> 0).toList());
        Path filled = Files.createTempFile("jixiao-forms", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(filled)) {
                filler.fillTo(job, out);
            }
            try (SourceBook src = new SourceBook(filled)) {
                for (int i = 0; i < chunk.size(); i++) {
                    SourceBook.SheetPart part = src.sheet(local.get(i));
                    if (part != null) {
                        Origin o = chunk.get(i).origin();
                        int place = places.get(i);
                        left.set(place, pen.add(place, sheets.get(o.seq()), src, part));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(filled);
        }
    }

    private static boolean spliceable(Spool.Entry e, Map<String, Integer> perSheet) {
        String file = e.file() == null ? "" : e.file().toLowerCase(Locale.ROOT);
        return e.sheet() != null && (file.endsWith(".xlsx") || file.endsWith(".xlsm"))
                && perSheet.getOrDefault(e.file() + "\u0000" + e.sheet(), 0) == 1;
    }

    /** Stops the splicing threads (when the book failed) and waits for them, so that their files can go. */
    @Override
    public void close() {
        stopped = true;
        if (pool != null) {
            pool.shutdownNow();
            try {
                if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    throw new UncheckedIOException(new IOException("the threads splicing forms did not stop"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
