package cn.jixiao.read;

import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.SheetGrid;
import cn.jixiao.grid.WorkbookFiles;
import cn.jixiao.meta.MetaInfo;
import cn.jixiao.meta.MetaSheet;
import cn.jixiao.i18n.Msg;
import cn.jixiao.i18n.UserError;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every form in one returned workbook: a sheet may hold none, one or many, found by
 * {@link FormLocator}. A form's family is told by its title (or, on a hand-made form without
 * one, by its labels); a summary book's own title gives unit and year a form leaves out; the hidden sheet, when
 * the unit kept it, gives back the project ids. A workbook that cannot be opened is a
 * {@link UserError} naming the file; a form that cannot be read is a problem naming its sheet.
 */
public final class WorkbookReader {

    private final TemplateMaps maps;
    /** The names of the cells and paths origins keep, shared by every file this reader reads. */
    private final CellNames names = new CellNames();

    public WorkbookReader(TemplateMaps maps) {
        this.maps = maps;
    }

    /** Every form of the file, with the cells each value was read from (for findings that name them). */
    public ReadWorkbook read(Path file) {
        return read(file, ValuePool.none(), true);
    }

    /**
     * Every form of the file as a batch building one registry needs them: values equal to other
     * forms' shared through pool, and without what only an {@link Origin} holds (the cells values
     * were read from, the digests recorded at filling), which the registry has no place for.
     */
    ReadWorkbook readForRegistry(Path file, ValuePool pool) {
        return read(file, pool, false);
    }

    /** Every form of a workbook already open (by whoever told it from a registry workbook), as {@link #read(Path)}. */
    public ReadWorkbook read(LoadedWorkbook book) {
        return read(book, ValuePool.none(), true);
    }

    private ReadWorkbook read(Path file, ValuePool pool, boolean origins) {
        try (LoadedWorkbook book = WorkbookFiles.open(file)) {
            return read(book, pool, origins);
        } catch (IOException e) {
            throw new UserError("file.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private ReadWorkbook read(LoadedWorkbook book, ValuePool pool, boolean origins) {
        Path file = book.file();
        Optional<MetaInfo> meta = MetaInfo.of(book);
        List<ReadProblem> problems = new ArrayList<>();
        List<ReadForm> forms = new ArrayList<>();
        Map<String, Integer> perSheet = new LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        LabelKeys keys = new LabelKeys();
        BookTitle bookTitle = null;
        for (SheetGrid sheet : book.sheets()) {
            if (sheet.name().equals(MetaSheet.NAME)) {
                continue;
            }
            List<FormLocator.Block> blocks = FormLocator.blocks(sheet, keys);
            BookTitle title = BookTitle.find(sheet, blocks.isEmpty() ? sheet.lastRow() + 1 : blocks.get(0).firstRow())
                    .orElse(bookTitle);
            bookTitle = bookTitle == null ? title : bookTitle;
            List<Found> found = new ArrayList<>();
            for (FormLocator.Block block : blocks) {
                SheetLabels labels = new SheetLabels(sheet, block.firstRow(), block.lastRow(), keys);
                FormFamily family = block.family() != null ? block.family() : familyOf(labels);
                if (family != null) {
                    found.add(new Found(block, labels, family));
                }
            }
            perSheet.put(pool.share(sheet.name()), found.size()); // kept to the end: one copy of names many files share
            Context context = new Context(book, sheet, meta, title, found.size() > 1, usedIds, problems, pool,
                    origins, keys);
            for (Found f : found) {
                readForm(context, f).ifPresent(forms::add);
            }
        }
        if (forms.isEmpty() && problems.isEmpty()) {
            problems.add(ReadProblem.fileError(file, new Msg("read.noForm", file)));
        }
        return new ReadWorkbook(file, meta, forms, problems, perSheet,
                bookTitle == null ? null : bookTitle.text());
    }

    /** A form found on a sheet: its rows, their labels, its family. */
    private record Found(FormLocator.Block block, SheetLabels labels, FormFamily family) {
    }

    /** What every form of one sheet is read with. */
    private record Context(LoadedWorkbook book, SheetGrid sheet, Optional<MetaInfo> meta, BookTitle title,
                           boolean manyForms, Set<String> usedIds, List<ReadProblem> problems, ValuePool pool,
                           boolean origins, LabelKeys keys) {
    }

    private Optional<ReadForm> readForm(Context cx, Found found) {
        FormLocator.Block block = found.block();
        LoadedWorkbook book = cx.book();
        SheetGrid sheet = cx.sheet();
        Optional<MetaInfo> meta = cx.meta();
        if (block.name() == null) {
            cx.problems().add(new ReadProblem(book.file(), sheet.name(), block.anchor(), true, new Msg("read.noNameLabel")));
            return Optional.empty();
        }
        FormReader reader = new FormReader(new FormScope(book, sheet, block, found.labels(), maps.of(found.family()), cx.problems(),
                cx.keys()));
        FormReader.Facts facts = reader.facts();
        Integer year = facts.year() != null ? facts.year()
                : meta.map(MetaInfo::year).map(Integer::valueOf)
                .orElse(cx.title() == null ? null : cx.title().year());
        MoneyUnit money = facts.moneyUnit() != null ? facts.moneyUnit()
                : meta.map(MetaInfo::moneyUnit).map(MoneyUnit::of).orElse(defaultUnit(found.family()));
        ProjectDraft draft = reader.read(money, meta.isPresent(), cx.pool(), cx.origins() ? names : null);
        String name = draft.text("p.name");
        if (name == null) {
            cx.problems().add(new ReadProblem(book.file(), sheet.name(), block.anchor(), true, new Msg("read.noName")));
            return Optional.empty();
        }
        // Many forms on one sheet: the hidden sheet's rows are told apart by project name only.
        MetaInfo.SheetEntry entry = meta.flatMap(m -> entry(m, cx.manyForms() ? null : sheet.name(), name,
                cx.usedIds())).orElse(null);
        String id = entry == null ? null : entry.projectId();
        if (id != null) {
            cx.usedIds().add(id);
        }
        String unit = draft.text("p.unit");
        if (unit == null && entry != null) {
            unit = entry.unit();
        }
        if (unit == null) {
            unit = meta.map(MetaInfo::unit).orElse(null);
        }
        if (unit == null && cx.title() != null) {
            unit = cx.title().unit();
        }
        if (unit == null) {
            cx.problems().add(new ReadProblem(book.file(), sheet.name(), block.anchor(), false, new Msg("read.noUnit")));
            unit = stem(book.file());
        }
        return Optional.of(new ReadForm(sheet.name(), unit, draft.build(id), found.family(), year, money,
                entry == null || !cx.origins() ? null : entry.digest(), entry == null ? null : entry.order(),
                java.util.Map.copyOf(draft.cells()), block.anchor()));
    }

    /** The hidden sheet's row for this sheet: by its name, else (renamed sheet) by the project's name. */
    private static Optional<MetaInfo.SheetEntry> entry(MetaInfo meta, String sheet, String project, Set<String> used) {
        Optional<MetaInfo.SheetEntry> bySheet = meta.sheets().stream()
                .filter(e -> e.sheet().equals(sheet) && !used.contains(e.projectId())).findFirst();
        if (bySheet.isPresent()) {
            return bySheet;
        }
        return meta.sheets().stream()
                .filter(e -> project.equals(e.projectName()) && !used.contains(e.projectId())).findFirst();
    }

    /** The family a sheet's title names; on a form without a title, the one its labels point to. */
    static FormFamily familyOf(SheetLabels labels) {
        for (FormFamily f : FormFamily.values()) {
            if (labels.has(f.title())) {
                return f;
            }
        }
        if (!labels.has("项目名称") || !labels.has("三级指标")) {
            return null;
        }
        if (labels.has("年初预算数") || labels.has("实际完成值")) {
            return FormFamily.ZIPING;
        }
        return labels.has("项目性质") ? FormFamily.SHENBAO : FormFamily.MUBIAO;
    }

    static MoneyUnit defaultUnit(FormFamily family) {
        return family == FormFamily.SHENBAO ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
