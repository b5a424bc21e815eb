package cn.jixiao.registrybook;

import cn.jixiao.i18n.UserError;
import cn.jixiao.registrybook.LedgerColumns.Column;
import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.SheetGrid;
import cn.jixiao.registry.TypedAmount;
import cn.jixiao.grid.TypedText;
import cn.jixiao.grid.WorkbookFiles;
import cn.jixiao.registry.Budget;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a registry workbook ({@link LedgerWriter}'s, edited or not) back into a registry: the 登记表
 * sheet for the year, form and money unit; one project per row of 项目, its indicators from the
 * rows of 指标 that carry its 项目编号 (or its unit and name), its self-evaluation from 自评. Columns
 * are found by their headers, so they may be moved.
 */
public final class LedgerReader {

    /** Whether this workbook is a registry workbook rather than a returned pack. */
    public static boolean isLedger(Path file) {
        if (!namedAsWorkbook(file)) {
            return false;
        }
        // A returned pack is told apart by its sheet names alone, without reading it twice.
        java.util.Optional<List<String>> names = WorkbookFiles.sheetNames(file);
        if (names.isPresent() && !(names.get().contains(LedgerColumns.META) && names.get().contains(LedgerColumns.PROJECTS))) {
            return false;
        }
        try (LoadedWorkbook book = WorkbookFiles.open(file)) {
            return isLedger(book);
        } catch (UserError | IOException notReadable) {
            return false;
        }
    }

    /**
     * Whether a workbook already open is a registry workbook: for whoever opens every input once
     * and reads it as what it turns out to be.
     */
    public static boolean isLedger(LoadedWorkbook book) {
        if (!namedAsWorkbook(book.file())) {
            return false;
        }
        SheetGrid meta = book.sheet(LedgerColumns.META);
        if (meta == null || !meta.text(0, 0).strip().equals(LedgerColumns.MARK)) {
            return false;
        }
        // An .xlsx is told by its sheet names too, as isLedger(Path) tells it before opening it:
        // without a 项目 sheet it is read as a returned pack; an .xls by its mark alone.
        return book.sheet(LedgerColumns.PROJECTS) != null || !WorkbookFiles.isZip(book.file());
    }

    /** Only a file named .xlsx or .xls is taken for a registry workbook. */
    private static boolean namedAsWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls");
    }

    /** The key under which {@link #rows} keeps each row's 1-based number. */
    private static final String ROW = "#row";
    /** The key prefix under which {@link #rows} keeps the date of a cell formatted as one (ISO). */
    private static final String DATE = "#date:";

    public Registry read(Path file) {
        try (LoadedWorkbook book = WorkbookFiles.open(file)) {
            return read(book);
        } catch (IOException e) {
            throw new UserError("file.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    /** A registry workbook already open (by whoever told it from a returned pack, see {@link #isLedger(LoadedWorkbook)}). */
    public Registry read(LoadedWorkbook book) {
        Path file = book.file();
        try {
            SheetGrid meta = book.sheet(LedgerColumns.META);
            SheetGrid projects = book.sheet(LedgerColumns.PROJECTS);
            if (meta == null || projects == null) {
                throw new UserError("ledger.notLedger", file);
            }
            Map<String, String> m = new HashMap<>();
            for (int r : meta.rowNumbers()) {
                m.put(meta.text(r, 0).strip(), TypedText.clean(meta.text(r, 1)));
            }
            Integer year = m.getOrDefault("年度", "").isEmpty() ? null : Integer.valueOf(m.get("年度").replaceAll("\\D", ""));
            FormFamily form = m.getOrDefault("表式", "").isEmpty() ? null : FormFamily.of(m.get("表式"));
            MoneyUnit money = m.getOrDefault("金额单位", "").isEmpty() ? null : MoneyUnit.of(m.get("金额单位"));
            String title = blank(m.get("标题"));
            Map<String, List<Indicator>> indicators = indicators(book.sheet(LedgerColumns.INDICATORS));
            Map<String, Evaluation> evaluations = evaluations(book.sheet(LedgerColumns.EVALUATION));
            Map<String, List<Project>> units = new LinkedHashMap<>();
            Map<String, List<String>> rowOf = new HashMap<>(); // the 项目 row of each project, for messages
            List<Map<String, String>> rows = rows(projects, LedgerColumns.PROJECT);
            datesInRegistryStyle(rows, List.of("start", "end"));
            for (Map<String, String> row : rows) {
                if (row.get("name") == null) {
                    continue;
                }
                String key = key(row.get("id"), row.get("unit"), row.get("name"));
                Project p = new Project(row.get("id"), row.get("name"),
                        row.get("form") == null ? null : FormFamily.of(row.get("form")), row.get("department"),
                        row.get("nature"), row.get("category"), row.get("start"), row.get("end"), funds(row),
                        row.get("overall_goal"), row.get("annual_goal"), evaluations.get(key),
                        indicators.getOrDefault(key, List.of()));
                units.computeIfAbsent(row.get("unit") == null ? "" : row.get("unit"), u -> new ArrayList<>()).add(p);
                rowOf.computeIfAbsent(row.get("unit") == null ? "" : row.get("unit"), u -> new ArrayList<>())
                        .add(row.get(ROW));
            }
            List<Unit> list = new ArrayList<>();
            units.forEach((u, ps) -> list.add(new Unit(u, ps)));
            Registry registry = new Registry(year, form, money, title, list);
            List<cn.jixiao.i18n.Msg> duplicates = cn.jixiao.registry.Duplicates.find(registry, (u, p) ->
                    new cn.jixiao.i18n.Msg("ledger.at.row", file, LedgerColumns.PROJECTS,
                            rowOf.get(list.get(u).name()).get(p)));
            if (!duplicates.isEmpty()) {
                throw new UserError(duplicates);
            }
            return registry;
        } catch (IllegalArgumentException e) {
            throw new UserError("ledger.badValue", file, String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, List<Indicator>> indicators(SheetGrid sheet) {
        Map<String, List<Indicator>> byProject = new HashMap<>();
        if (sheet == null) {
            return byProject;
        }
        for (Map<String, String> row : rows(sheet, LedgerColumns.INDICATOR)) {
            Indicator i = new Indicator(row.get("level1"), row.get("level2"), row.get("name"), row.get("target"),
                    row.get("actual"), number(row.get("points")), number(row.get("score")), row.get("deviation"));
            if (i.level1() == null && i.level2() == null && i.name() == null && i.target() == null) {
                continue;
            }
            byProject.computeIfAbsent(key(row.get("id"), row.get("unit"), row.get("project")), k -> new ArrayList<>())
                    .add(i);
        }
        return byProject;
    }

    private static Map<String, Evaluation> evaluations(SheetGrid sheet) {
        Map<String, Evaluation> byProject = new HashMap<>();
        if (sheet == null) {
            return byProject;
        }
        for (Map<String, String> row : rows(sheet, LedgerColumns.SELF_EVALUATION)) {
            BudgetRow[] budget = new BudgetRow[4];
            for (int r = 0; r < 4; r++) {
                String base = "budget." + LedgerColumns.BUDGET_ROWS.get(r) + ".";
                budget[r] = new BudgetRow(number(row.get(base + "initial")), number(row.get(base + "full_year")),
                        number(row.get(base + "executed")));
            }
            Budget b = new Budget(budget[0], budget[1], budget[2], budget[3]);
            boolean noBudget = b.total() == null && b.appropriation() == null && b.carryover() == null && b.other() == null;
            byProject.put(key(row.get("id"), null, row.get("project")), new Evaluation(noBudget ? null : b,
                    number(row.get("rate_points")), row.get("rate"), number(row.get("rate_score")), row.get("expected"),
                    row.get("achieved"), number(row.get("total_score"))));
        }
        return byProject;
    }

    /** The key a project's indicators and evaluation are filed under: its id, else its unit and name. */
    private static String key(String id, String unit, String name) {
        return id != null ? "#" + id : unit + "\u0000" + name;
    }

    /** Every data row as column key → text, the columns found by their header texts. */
    private static List<Map<String, String>> rows(SheetGrid sheet, List<Column> columns) {
        Map<String, Integer> at = new HashMap<>();
        for (var e : sheet.row(0).entrySet()) {
            String header = TypedText.clean(e.getValue().text());
            for (Column c : columns) {
                if (c.header().equals(header)) {
                    at.putIfAbsent(c.key(), e.getKey());
                }
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r : sheet.rowNumbers()) {
            if (r == 0) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            row.put(ROW, String.valueOf(r + 1));
            at.forEach((key, col) -> {
                row.put(key, blank(TypedText.clean(sheet.text(r, col))));
                java.time.LocalDate date = sheet.cell(r, col) == null ? null : sheet.cell(r, col).date();
                if (date != null) {
                    row.put(DATE + key, date.toString());
                }
            });
            rows.add(row);
        }
        return rows;
    }

    /**
     * A date typed in Excel is a date cell, whatever format Excel gave it: write it the way the
     * registry's other dates are written (the first one typed as text), yyyy.MM.dd when none is.
     */
    private static void datesInRegistryStyle(List<Map<String, String>> rows, List<String> keys) {
        String style = null;
        for (Map<String, String> row : rows) {
            for (String key : keys) {
                if (style == null && row.get(key) != null && row.get(DATE + key) == null) {
                    style = row.get(key);
                }
            }
        }
        for (Map<String, String> row : rows) {
            for (String key : keys) {
                if (row.get(DATE + key) != null) {
                    row.put(key, cn.jixiao.grid.TypedDate.format(java.time.LocalDate.parse(row.get(DATE + key)), style));
                }
            }
        }
    }

    private static Funds funds(Map<String, String> row) {
        Funds f = new Funds(number(row.get("funds.total")), number(row.get("funds.fiscal")), number(row.get("funds.other")),
                number(row.get("funds.annual_total")), number(row.get("funds.appropriation")),
                number(row.get("funds.carryover")), number(row.get("funds.annual_other")));
        return f.total() == null && f.fiscal() == null && f.other() == null && f.annualTotal() == null
                && f.appropriation() == null && f.carryover() == null && f.annualOther() == null ? null : f;
    }

    private static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        TypedAmount a = TypedAmount.parse(text);
        if (a.isNotANumber()) {
            throw new IllegalArgumentException("“" + text + "”不是数字 / is not a number");
        }
        return a.value();
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
