package cn.jixiao.read;

import cn.jixiao.grid.GridCell;
import cn.jixiao.grid.TypedText;
import cn.jixiao.i18n.Msg;
import cn.jixiao.read.FormLocator.Block;
import cn.jixiao.read.TemplateMap.Anchor;
import cn.jixiao.read.TemplateMap.Cell;
import cn.jixiao.read.TemplateMap.FieldPlace;
import cn.jixiao.registry.MoneyUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads one form (one {@link Block} of a sheet) with its family's {@link TemplateMap}. The
 * template gives the labels, never a column: each label is found on its own and its value is
 * the nearest non-empty cell to its right before the next known label; a value the template puts
 * under a heading (项目总目标) is the cell under that heading; a row of several values (the
 * 自评表's money block, 总分) takes each from under its column's heading in this form. The
 * indicator table is read by {@link IndicatorTable}. Cells that belong to no label are reported.
 */
final class FormReader {

    /** What a form says of itself before its fields are read. */
    record Facts(Integer year, MoneyUnit moneyUnit) {
    }

    /** Cells read as values, so that what is left over can be reported. */
    private final Set<Long> used = new HashSet<>();

    private final FormScope form;

    FormReader(FormScope form) {
        this.form = form;
    }

    /** Year and money unit from the labels that carry them: （2024 年度）, 项目资金（万元）. */
    Facts facts() {
        Map<String, String> found = new LinkedHashMap<>();
        for (int r : form.sheet().rowNumbers(form.block().firstRow(), form.block().lastRow())) {
            for (GridCell c : form.sheet().row(r).values()) {
                if (c.numeric()) {
                    continue;
                }
                String text = TemplateMap.normalise(c.text());
                for (TemplateMap.PatternLabel p : form.map().patterns()) {
                    p.matchNormalised(text).forEach(found::putIfAbsent);
                }
            }
        }
        Integer year = null;
        String y = TypedText.toAsciiDigits(found.getOrDefault("book.year", "")).replaceAll("\\D", "");
        if (y.length() == 4) {
            year = Integer.valueOf(y);
        }
        MoneyUnit unit = null;
        String u = found.get("book.moneyUnit");
        if (u != null) {
            try {
                unit = MoneyUnit.of(u);
            } catch (IllegalArgumentException notAUnit) {
                unit = null;
            }
        }
        return new Facts(year, unit);
    }

    ProjectDraft read(MoneyUnit money) {
        ProjectDraft draft = new ProjectDraft();
        FieldValue values = new FieldValue(form.book(), form.sheet(), form.problems());
        Map<Anchor, Integer> perRow = new HashMap<>();
        for (FieldPlace place : form.map().fields()) {
            if (place.row() != null && place.rowOffset() == 0) {
                perRow.merge(place.row(), 1, Integer::sum);
            }
        }
        for (FieldPlace place : form.map().fields()) {
            FieldKind kind = FieldKind.of(place.field());
            int[] at = kind == null ? null : locate(place, perRow.getOrDefault(place.row(), 0) > 1);
            if (at != null) {
                used.add(key(at[0], at[1]));
                draft.put(place.field(), values.convert(kind, at[0], at[1], money));
                draft.cell(FieldPaths.ofProjectField(place.field()), address(at[0], at[1]));
            }
        }
        IndicatorTable table = new IndicatorTable(form);
        table.read(draft, money);
        reportUnread(table.headerRow() < 0 ? form.block().lastRow() : table.headerRow() - 1);
        return draft;
    }

    /**
     * Where a field's value is. Beside its label unless the template puts it in a row of several
     * values (then under its own column's heading, found in this form) or under a heading.
     */
    private int[] locate(FieldPlace place, boolean rowOfSeveral) {
        if (place.row() != null && place.rowOffset() == 0) {
            Cell rowLabel = find(place.row());
            if (rowLabel == null) {
                return null;
            }
            if (rowOfSeveral && place.column() != null) {
                Cell header = nearestAbove(place.column(), rowLabel.row());
                int[] at = header == null ? null : valueAt(rowLabel.row(), header.col());
                return at != null ? at : inOrder(place, rowLabel);
            }
            return scanRight(rowLabel.row(), rowLabel.lastCol() + 1);
        }
        if (place.column() != null) {
            Cell header = find(place.column());
            if (header != null) {
                return valueAt(header.lastRow() + Math.max(1, place.colOffset()), header.col());
            }
        }
        if (place.row() != null) {
            Cell rowLabel = find(place.row());
            return rowLabel == null ? null : scanRight(rowLabel.row() + place.rowOffset(), rowLabel.lastCol() + 1);
        }
        return null;
    }

    /**
     * A row of several values whose cells do not stand under their headings (a book that printed
     * 总分's two figures one column left): when the row holds exactly as many values as the
     * template puts on it, they are taken in order; otherwise the field is left unread.
     */
    private int[] inOrder(FieldPlace place, Cell rowLabel) {
        List<FieldPlace> row = new java.util.ArrayList<>();
        for (FieldPlace p : form.map().fields()) {
            if (place.row().equals(p.row()) && p.rowOffset() == 0 && p.column() != null) {
                row.add(p);
            }
        }
        List<Integer> headerCols = new java.util.ArrayList<>();
        for (FieldPlace p : row) {
            Cell h = nearestAbove(p.column(), rowLabel.row());
            if (h == null) {
                return null;
            }
            headerCols.add(h.col());
        }
        List<Integer> sorted = headerCols.stream().sorted().toList();
        List<int[]> values = new java.util.ArrayList<>();
        int last = form.sheet().lastCol(rowLabel.row());
        for (int col = rowLabel.lastCol() + 1; col <= last; col++) {
            Cell t = TemplateMap.topLeft(form.sheet(), rowLabel.row(), col);
            if (t != null && t.col() == col) {
                if (isLabel(t)) {
                    break;
                }
                values.add(new int[] {t.row(), t.col()});
            }
        }
        if (values.size() != row.size()) {
            return null;
        }
        return values.get(sorted.indexOf(headerCols.get(row.indexOf(place))));
    }

    /** The cell at (row, col) as a value: nothing when it is empty or is itself a label. */
    private int[] valueAt(int row, int col) {
        if (!form.block().contains(row)) {
            return null;
        }
        Cell t = TemplateMap.topLeft(form.sheet(), row, col);
        if (t == null || isLabel(t)) {
            return null;
        }
        return new int[] {t.row(), t.col()};
    }

    private Cell find(Anchor anchor) {
        List<Cell> found = form.labels().get(anchor.key());
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() >= form.map().occurrences(anchor.key()) || form.map().occurrences(anchor.key()) < 2) {
            return found.get(Math.min(anchor.occurrence(), found.size() - 1));
        }
        // Fewer same-named labels than the template has: the one kept is the one standing in the
        // column of the labels the template puts in that column (上年结转资金 for the right 其他资金).
        for (String mate : form.map().columnMates(anchor.key(), anchor.occurrence())) {
            for (Cell m : form.labels().get(mate)) {
                for (Cell c : found) {
                    if (c.col() == m.col()) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private Cell nearestAbove(Anchor anchor, int row) {
        List<Cell> found = form.labels().get(anchor.key());
        int best = -1;
        for (Cell c : found) {
            if (c.row() < row) {
                best = Math.max(best, c.row());
            }
        }
        final int bestRow = best;
        List<Cell> inRow = found.stream().filter(c -> c.row() == bestRow).toList();
        return inRow.isEmpty() ? null : inRow.get(Math.min(anchor.occurrence(), inRow.size() - 1));
    }

    /** The value right of a label: the first thing written there, unless the next label comes first. */
    private int[] scanRight(int row, int from) {
        if (!form.block().contains(row)) {
            return null;
        }
        int last = form.sheet().lastCol(row);
        for (int col = from; col <= last; ) {
            Cell t = TemplateMap.topLeft(form.sheet(), row, col);
            if (t == null) {
                col++;
                continue;
            }
            if (isLabel(t)) {
                return null;
            }
            return new int[] {t.row(), t.col()};
        }
        return null;
    }

    /** A cell holding one of the form's labels (or a title, or a labelled pattern such as the year line). */
    private boolean isLabel(Cell t) {
        GridCell c = form.sheet().cell(t.row(), t.col());
        return c != null && !c.numeric() && form.map().isFormLabel(c.text());
    }

    /**
     * Every cell of the header part that is neither a label nor a value read, nor in a column
     * block under one of the form's headings, is reported once per row: nothing is dropped unsaid.
     */
    private void reportUnread(int lastHeaderRow) {
        Set<Integer> headedColumns = new HashSet<>();
        for (FieldPlace place : form.map().fields()) {
            if (place.column() != null) { // computed columns too (核算执行率): the template's own cells
                for (Cell c : form.labels().get(place.column().key())) {
                    for (int col = c.col(); col <= c.lastCol(); col++) {
                        headedColumns.add(col);
                    }
                }
            }
        }
        for (int r : form.sheet().rowNumbers(form.block().firstRow(), Math.min(lastHeaderRow, form.block().lastRow()))) {
            for (int col : form.sheet().row(r).keySet()) {
                Cell t = TemplateMap.topLeft(form.sheet(), r, col);
                if (t == null || t.row() != r || used.contains(key(t.row(), t.col())) || isLabel(t)
                        || headedColumns.contains(t.col()) || TypedText.isPlaceholder(t.text())) {
                    continue;
                }
                form.problems().add(ReadProblem.cellWarning(form.book().file(), form.sheet().name(), address(t.row(), t.col()),
                        new Msg("read.unplaced", shorten(t.text()))));
                break;
            }
        }
    }

    static String shorten(String text) {
        String t = TypedText.clean(text).replace('\n', ' ');
        return t.length() <= 24 ? t : t.substring(0, 23) + "…";
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    static String address(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }
}
