package cn.jixiao.rollup;

import cn.jixiao.check.Finding;
import cn.jixiao.fill.SheetNames;
import cn.jixiao.i18n.UserError;
import cn.jixiao.read.Inputs;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import cn.jixiao.util.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the department's summary book (汇总表) from returned workbooks and registries: the
 * summary of every project with subtotals per implementing unit and a grand total, the
 * self-evaluation summary with grades, every indicator on one sheet for pivoting, how the returns
 * stand against what was sent, and every project's form. Projects pass through a spool (the
 * first few thousand held on the heap, the rest on disk) and the book is streamed, so the heap
 * does not grow past a fixed size with the number of workbooks; forms are
 * spliced into it as XML through a file on disk (see {@link FormBook}).
 */
public final class Rollup {

    /**
     * What a rollup is asked for: the money unit of the book, its title (else the registry's or the
     * inputs'), the registry sent (for the returns, changes and ids), whether every project's form is
     * copied in, the form templates, the book's template, and the targets to set results against.
     * Start from {@link #of} and add what is wanted.
     */
    public record Options(MoneyUnit money, String title, Registry sent, boolean forms,
                          Function<FormFamily, TemplateSource> formTemplates, TemplateSource bookTemplate,
                          Registry targets) {
        public Options(MoneyUnit money, String title, Registry sent, boolean forms,
                       Function<FormFamily, TemplateSource> formTemplates, TemplateSource bookTemplate) {
            this(money, title, sent, forms, formTemplates, bookTemplate, null);
        }

        /** Only the returns, with no book to write (jixiao status). */
        public static Options of(MoneyUnit money, Function<FormFamily, TemplateSource> formTemplates) {
            return of(money, formTemplates, null);
        }

        /** A book in this money unit, without forms, returns or results. */
        public static Options of(MoneyUnit money, Function<FormFamily, TemplateSource> formTemplates,
                                 TemplateSource bookTemplate) {
            return new Options(money, null, null, false, formTemplates, bookTemplate, null);
        }

        public Options withTitle(String t) {
            return new Options(money, t, sent, forms, formTemplates, bookTemplate, targets);
        }

        public Options withSent(Registry s) {
            return new Options(money, title, s, forms, formTemplates, bookTemplate, targets);
        }

        public Options withForms(boolean f) {
            return new Options(money, title, sent, f, formTemplates, bookTemplate, targets);
        }

        public Options withTargets(Registry t) {
            return new Options(money, title, sent, forms, formTemplates, bookTemplate, t);
        }
    }

    /** Where a rollup writes: the book, and optionally its tables as JSON and as CSV files in a folder. */
    public record Outputs(Path book, boolean force, Path json, Path csvDir) {

        public static Outputs book(Path book, boolean force) {
            return new Outputs(book, force, null, null);
        }

        public Outputs withJson(Path j) {
            return new Outputs(book, force, j, csvDir);
        }

        public Outputs withCsv(Path dir) {
            return new Outputs(book, force, json, dir);
        }
    }

    /**
     * A form spliced into the book without some of what its sheet had, because that lives in parts
     * of its own (pictures, comments, Excel tables, controls, external links, extensions: the
     * labels of {@link SheetSplicer}); the workbook the unit returned still has them.
     */
    public record FormParts(String file, String sheet, List<String> parts) {
    }

    /** A table of the book that reached a sheet's last row; rows counts the items left out past it. */
    public record TableCut(String sheet, int rows) {
    }

    /**
     * What a rollup found; formsOmitted counts the forms left out of the book for being too many,
     * formsFilled the forms of returned workbooks filled from the template with what was read, not
     * spliced from the sheet returned (.xls, several forms on a sheet),
     * formParts the forms that came without some of their parts, tablesCut the tables too long for a sheet.
     */
    public record Result(int projects, int units, List<UnitStatus> status, List<ReadProblem> problems,
                         int formsOmitted, int formsFilled, List<FormParts> formParts, List<TableCut> tablesCut) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(ReadProblem::error);
        }
    }

    /** The book's own sheets, as its template names them; a project's form may not take one of these names. */
    private static final List<String> BOOK_SHEETS = List.of(RollupTemplate.SUMMARY, RollupTemplate.SELF_EVALUATION,
            RollupTemplate.INDICATORS, RollupTemplate.RETURNS, RollupTemplate.FINDINGS, RollupTemplate.CHANGES,
            RollupTemplate.RESULTS);

    /**
     * Forms a summary book carries at most. Measured with LibreOffice (docs/performance.md): a
     * book of 300 forms takes half a minute of CPU and 850 MiB to open, one of 1,000 nearly three
     * minutes and 2.5 GiB, and Excel and WPS keep every sheet in memory too. Past this the forms
     * are left out, said so on the terminal, and stay in the workbooks the units returned.
     */
    public static final int MAX_FORMS = 300;

    private final WorkbookReader reader;
    private final Options options;
    private final int maxForms;

    public Rollup(WorkbookReader reader, Options options) {
        this(reader, options, MAX_FORMS);
    }

    /** With another limit on the forms: tests, and benchmarks that measure books past the limit. */
    public Rollup(WorkbookReader reader, Options options, int maxForms) {
        this.reader = reader;
        this.options = options;
        this.maxForms = maxForms;
    }

    /** No project came back from the inputs: the problems say why (each file that failed, and where). */
    public static final class NothingRead extends UserError {
        private final transient List<ReadProblem> problems;

        NothingRead(List<ReadProblem> problems) {
            super("rollup.nothing");
            this.problems = List.copyOf(problems);
        }

        public List<ReadProblem> problems() {
            return problems;
        }
    }

    /** The files the inputs name: registries, workbooks, and the workbooks in folders. */
    public static List<Path> files(List<Path> inputs) {
        return Inputs.files(inputs);
    }

    /** Only the returns, against what was sent (jixiao status). */
    public Result status(List<Path> inputs, Consumer<Path> progress) {
        try (Spool spool = new Spool()) {
            RollupInputs in = new RollupInputs(reader);
            in.read(Inputs.files(inputs), spool, progress);
            Intake returns = Intake.of(options.sent(), spool.entries());
            return result(returns, in, 0, 0, List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result run(List<Path> inputs, Path output, boolean force, Path json, Path csvDir, Consumer<Path> progress) {
        return run(inputs, new Outputs(output, force, json, csvDir), progress);
    }

    public Result run(List<Path> inputs, Outputs outputs, Consumer<Path> progress) {
        try (Spool spool = new Spool(); BookOpening opening = new BookOpening(options.bookTemplate())) {
            RollupInputs in = new RollupInputs(reader);
            in.read(Inputs.files(inputs), spool, file -> {
                opening.check();
                progress.accept(file);
            });
            opening.check(); // before "nothing came back": a bad template is the first thing to mend
            Intake returns = Intake.of(options.sent(), spool.entries());
            if (returns.kept().isEmpty()) {
                throw new NothingRead(in.problems());
            }
            Map<String, String> book = bookFields(returns, in);
            boolean forms = options.forms() && returns.kept().size() <= maxForms;
            int omitted = options.forms() && !forms ? returns.kept().size() : 0;
            Map<Integer, String> sheets = forms ? sheetNames(returns.kept()) : Map.of();
            List<FormParts> dropped = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger filled = new java.util.concurrent.atomic.AtomicInteger();
            List<TableCut> cut = new ArrayList<>();
            Feed feed = new Feed(spool, returns.kept(), options.money(), sheets);
            AtomicFiles.write(outputs.book(), outputs.force(),
                    out -> writeBook(out, opening, feed, spool, returns, book, sheets, in.problemFindings(), forms, dropped,
                            filled, cut));
            FlatExports.write(outputs, feed, book, options.bookTemplate());
            return result(returns, in, omitted, filled.get(), dropped, cut);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result result(Intake returns, RollupInputs in, int formsOmitted, int formsFilled,
                                 List<FormParts> dropped,
                                 List<TableCut> cut) {
        int units = (int) returns.kept().stream().map(Spool.Entry::unit).distinct().count();
        return new Result(returns.kept().size(), units, returns.units(), in.problems(), formsOmitted, formsFilled,
                List.copyOf(dropped),
                List.copyOf(cut));
    }

    private Map<String, String> bookFields(Intake returns, RollupInputs in) {
        String title = options.title() != null ? options.title()
                : options.sent() != null && options.sent().title() != null ? options.sent().title()
                : in.title();
        Map<String, String> book = new HashMap<>();
        book.put("title", title);
        // 自评汇总's title: "（自评）" only when the title does not already say so ("…自评汇总表").
        book.put("selfEvaluationTitle", title == null ? "（自评）" : title.contains("自评") ? title : title + "（自评）");
        book.put("moneyUnit", options.money().label());
        book.put("projectCount", String.valueOf(returns.kept().size()));
        book.put("unitCount", String.valueOf(returns.kept().stream().map(Spool.Entry::unit).distinct().count()));
        return book;
    }

    private static Map<Integer, String> sheetNames(List<Spool.Entry> kept) {
        Set<String> reserved = new HashSet<>(BOOK_SHEETS);
        List<String> names = SheetNames.unique(kept.stream().map(Spool.Entry::projectName).toList(), reserved);
        Map<Integer, String> bySeq = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            bySeq.put(kept.get(i).seq(), names.get(i));
        }
        return bySeq;
    }

    private void writeBook(OutputStream out, BookOpening opening, Feed feed, Spool spool, Intake returns,
                           Map<String, String> book,
                           Map<Integer, String> sheets, List<Finding> problems, boolean forms, List<FormParts> dropped,
                           java.util.concurrent.atomic.AtomicInteger filled,
                           List<TableCut> cut) throws IOException {
        BookOpening.Opened opened = opening.take();
        try (XSSFWorkbook template = opened.template()) {
            StreamedBook wb = opened.book();
            try (FormBook formBook = new FormBook(new StyleMap(wb.getXSSFWorkbook().getStylesSource()),
                    forms ? returns.kept().size() : 0);
                 RollupForms formsOfBook = new RollupForms(formBook, spool, returns.kept(), sheets,
                         options.formTemplates(), book.get("title"))) {
                if (forms) {
                    // Spliced on the other cores while this thread writes the tables.
                    formsOfBook.start();
                }
                List<String> tables = tables(wb, template, feed, spool, returns, book, problems, cut);
                for (String name : BOOK_SHEETS) {
                    int i = wb.getSheetIndex(name);
                    if (i >= 0) {
                        wb.removeSheetAt(i);
                    }
                }
                for (int i = 0; i < tables.size(); i++) {
                    wb.setSheetName(wb.getSheetIndex("~" + tables.get(i)), tables.get(i));
                    wb.setSheetOrder(tables.get(i), i);
                }
                wb.setActiveSheet(0);
                wb.setSelectedTab(0);
                if (!forms) {
                    wb.write(out);
                    return;
                }
                Path written = Files.createTempFile("jixiao-book", ".xlsx");
                try {
                    // The book's own parts are written while the last forms are still spliced on the
                    // other cores; the forms' styles go into its styles part when the forms are set in.
                    try (OutputStream o = Files.newOutputStream(written)) {
                        wb.write(o);
                    }
                    dropped.addAll(formsOfBook.finish());
                    filled.set(formsOfBook.filledFromWorkbooks());
                    formBook.write(written, out);
                } finally {
                    Files.deleteIfExists(written);
                }
            } finally {
                wb.dispose();
            }
        }
    }

    /**
     * Writes the book's tables and gives their sheet names in the book's order. The summaries and
     * 问题清单 are written side by side in one pass over the projects (SXSSF streams each sheet to a
     * file of its own), so each project is loaded from the spool once, not once a table; 变更 and
     * 目标与结果 read the projects again, only when a registry was sent or targets given.
     */
    private List<String> tables(StreamedBook wb, XSSFWorkbook template, Feed feed, Spool spool, Intake returns,
                                Map<String, String> book, List<Finding> problems, List<TableCut> cut) {
        List<String> tables = new ArrayList<>();
        Map<String, TableWriter> writers = new LinkedHashMap<>();
        Map<Feed.Table, List<RowSink>> fed = new EnumMap<>(Feed.Table.class);
        for (Feed.Table t : Feed.Table.values()) {
            String name = t.sheet();
            TableWriter w = feed.any(t) ? open(wb, template, name, book) : null;
            if (w != null) {
                fed.put(t, List.of(sink(w, t == Feed.Table.INDICATORS)));
                writers.put(name, w);
            }
        }
        // The lists after the summaries, in the order they are written: their sheets are made in that order.
        TableWriter status = options.sent() != null ? open(wb, template, RollupTemplate.RETURNS, book) : null;
        if (status != null) {
            StatusRows.write(status, returns.units());
            status.finish(Map.of(), true);
            writers.put(RollupTemplate.RETURNS, status);
        }
        TableWriter changes = options.sent() != null ? open(wb, template, RollupTemplate.CHANGES, book) : null;
        TableWriter results = options.targets() != null ? open(wb, template, RollupTemplate.RESULTS, book) : null;
        TableWriter found = open(wb, template, RollupTemplate.FINDINGS, book);
        if (changes != null) {
            writers.put(RollupTemplate.CHANGES, changes);
        }
        if (results != null) {
            writers.put(RollupTemplate.RESULTS, results);
        }
        FindingRows findings = found == null ? null : new FindingRows(found, problems);
        feed.run(fed, findings);
        if (findings != null) {
            findings.finish();
            found.finish(Map.of(), true);
            writers.put(RollupTemplate.FINDINGS, found);
        }
        if (changes != null) {
            ChangeRows.write(changes, spool, returns.kept(), options.sent());
            changes.finish(Map.of(), true);
        }
        if (results != null) {
            TargetRows.write(results, spool, returns.kept(), options.targets());
            results.finish(Map.of(), true);
        }
        writers.forEach((name, w) -> {
            tables.add(name);
            cutOf(w, name, cut);
        });
        return tables;
    }

    /** A table's writer on a sheet of its own, when the template has the table (an office may delete one). */
    private static TableWriter open(StreamedBook wb, XSSFWorkbook template, String name, Map<String, String> book) {
        XSSFSheet prototype = template.getSheet(name);
        return prototype != null && TableWriter.usable(prototype) ? new TableWriter(wb, prototype, "~" + name, book)
                : null;
    }

    private static RowSink sink(TableWriter w, boolean filter) {
        return new RowSink() {
            @Override
            public void item(Map<String, Object> values) {
                w.item(values);
            }

            @Override
            public Ready ready(Map<String, Object> values) {
                return w.ready(values);
            }

            @Override
            public void closeGroup(Map<String, Object> values) {
                w.closeGroup(values);
            }

            @Override
            public void finish(Map<String, Object> values) {
                w.finish(values, filter);
            }
        };
    }


    private static void cutOf(TableWriter w, String sheet, List<TableCut> cut) {
        if (w.rowsLeftOut() > 0) {
            cut.add(new TableCut(sheet, w.rowsLeftOut()));
        }
    }
}
