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

    /**
     * Fields a project cannot be described without. In a form jixiao did not fill (no hidden sheet:
     * an office's book, a hand-made form) such a label with nothing beside it is reported, since its
     * value may stand where it cannot be placed; other fields (其他资金, 上年结转资金…) are often
     * left empty on purpose, and in our own packs an empty field is simply not filled in yet.
     */
    private static final Set<String> REQUIRED = Set.of("p.department", "p.start", "p.end", "p.nature",
            "p.categoryBoxes", "p.category", "p.annualGoal");

    /** Labels written with their value in the same cell (项目名称：XXX): the cell's key, and the value's text. */
    private final Map<Long, String> inline = new HashMap<>();

    /**
     * Reads the form; ownPack is whether the workbook has jixiao's hidden sheet (it was filled by jixiao);
     * pool and names as for {@link ProjectDraft}.
     */
    ProjectDraft read(MoneyUnit money, boolean ownPack, ValuePool pool, CellNames names) {
        ProjectDraft draft = new ProjectDraft(pool, names);
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
                long k = key(at[0], at[1]);
                used.add(k);
                String written = inline.get(k);
                draft.put(place.field(), written == null ? values.convert(kind, at[0], at[1], money)
                        : values.convertText(kind, written, at[0], at[1], money));
                draft.projectCell(place.field(), at[0], at[1]);
            } else if (kind != null && !ownPack && REQUIRED.contains(place.field())) {
                Cell label = place.column() != null && (place.row() == null || place.rowOffset() != 0)
                        ? find(place.column()) : place.row() == null ? null : find(place.row());
                if (label != null) {
                    form.problems().add(ReadProblem.cellWarning(form.book().file(), form.sheet().name(),
                            address(label.row(), label.col()), new Msg("read.emptyLabel", shorten(label.text()))));
                }
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
            return orInline(scanRight(rowLabel.row(), rowLabel.lastCol() + 1), rowLabel);
        }
        if (place.column() != null) {
            Cell header = find(place.column());
            if (header != null) {
                return orInline(underHeading(place, header), header);
            }
        }
        if (place.row() != null) {
            Cell rowLabel = find(place.row());
            return rowLabel == null ? null
                    : orInline(scanRight(rowLabel.row() + place.rowOffset(), rowLabel.lastCol() + 1), rowLabel);
        }
        return null;
    }

    /** Nothing beside or under a label written with its value in its own cell: that value. */
    private int[] orInline(int[] at, Cell label) {
        return at == null && inline.containsKey(key(label.row(), label.col())) ? new int[] {label.row(), label.col()} : at;
    }

    /**
     * The value under a heading (项目总目标, 年度总体目标): the cell right under it. When the headings of
     * one row do not all have their value right under them but the row below holds exactly as many
     * values as there are headings (a book whose goals stand a column right of, or under the wrong,
     * heading), the values are taken in order.
     */
    private int[] underHeading(FieldPlace place, Cell header) {
        int row = header.lastRow() + Math.max(1, place.colOffset());
        int[] direct = valueAt(row, header.col());
        List<Integer> headings = new java.util.ArrayList<>();
        boolean allDirect = true;
        for (FieldPlace p : form.map().fields()) {
            if (p.column() == null || p.row() != null && p.rowOffset() == 0 || FieldKind.of(p.field()) == null) {
                continue;
            }
            Cell h = p == place ? header : find(p.column());
            if (h != null && h.row() == header.row() && !headings.contains(h.col())) {
                headings.add(h.col());
                allDirect &= valueAt(h.lastRow() + Math.max(1, p.colOffset()), h.col()) != null;
            }
        }
        if (allDirect || !form.block().contains(row)) {
            return direct;
        }
        List<int[]> values = new java.util.ArrayList<>();
        int last = form.sheet().lastCol(row);
        for (int col = 0; col <= last; col++) {
            Cell t = TemplateMap.topLeft(form.sheet(), row, col);
            if (t != null && t.row() == row && t.col() == col && !isLabel(t)) {
                values.add(new int[] {row, col});
            }
        }
        if (values.size() != headings.size()) {
            return direct;
        }
        headings.sort(Integer::compare);
        return values.get(headings.indexOf(header.col()));
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
            return anchor.occurrence() == 0 || form.map().occurrences(anchor.key()) < 2 ? findInline(anchor.key()) : null;
        }
        int occurrences = form.map().occurrences(anchor.key());
        if (occurrences < 2) {
            return found.get(Math.min(anchor.occurrence(), found.size() - 1));
        }
        // Same-named labels (the left and right 其他资金) are told apart by the labels the template
        // puts in their columns (项目资金总额 for the left, 上年结转资金 for the right): a form may
        // leave one out, or print an extra one in the other's column.
        Set<Integer> mine = mateColumns(anchor.key(), anchor.occurrence());
        Set<Integer> theirs = new HashSet<>();
        for (int o = 0; o < occurrences; o++) {
            if (o != anchor.occurrence()) {
                theirs.addAll(mateColumns(anchor.key(), o));
            }
        }
        theirs.removeAll(mine);
        Cell byOrder = found.size() >= occurrences ? found.get(anchor.occurrence()) : null;
        if (byOrder != null && mine.contains(byOrder.col())) {
            return byOrder;
        }
        for (Cell c : found) {
            if (mine.contains(c.col())) {
                return c;
            }
        }
        if (byOrder == null || mine.isEmpty() && theirs.isEmpty()) {
            return byOrder; // fewer than the template has and none in this one's column, or nothing to tell them by
        }
        // None in this one's column: the first that does not stand in the other's.
        List<Cell> free = found.stream().filter(c -> !theirs.contains(c.col())).toList();
        return free.contains(byOrder) ? byOrder : free.isEmpty() ? null : free.get(0);
    }

    /**
     * The columns of this form in which the labels the template stands with this one's occurrence
     * are, counting only those within three rows of a label with this key: a book's columns drift
     * from block to block, so only the neighbours (the money block for 其他资金) tell.
     */
    private Set<Integer> mateColumns(String key, int occurrence) {
        List<Cell> found = form.labels().get(key);
        Set<Integer> cols = new HashSet<>();
        for (String mate : form.map().columnMates(key, occurrence)) {
            for (Cell m : form.labels().get(mate)) {
                if (found.stream().anyMatch(f -> Math.abs(f.row() - m.row()) <= 3)) {
                    cols.add(m.col());
                }
            }
        }
        return cols;
    }

    /**
     * A cell that starts with the label and goes on with its value (项目名称：XXX, 项目总目标（2024年）
     * 完成…), as people type a label and its value into one cell: the first such cell of the form,
     * its value kept to be read when nothing stands beside the label.
     */
    private Cell findInline(String key) {
        return inlineLabels.computeIfAbsent(key, k -> java.util.Optional.ofNullable(searchInline(k))).orElse(null);
    }

    private final Map<String, java.util.Optional<Cell>> inlineLabels = new HashMap<>();

    private Cell searchInline(String key) {
        for (int r : form.sheet().rowNumbers(form.block().firstRow(), form.block().lastRow())) {
            for (var e : form.sheet().row(r).entrySet()) {
                GridCell c = e.getValue();
                if (c.numeric() || !LabelKey.normalise(c.text()).startsWith(key) || isLabel(new Cell(r, e.getKey(), r,
                        e.getKey(), c.text()))) {
                    continue;
                }
                String value = afterLabel(c.text(), key);
                Cell t = TemplateMap.topLeft(form.sheet(), r, e.getKey());
                if (value != null && t != null && longerLabel(key, c.text()) == null) {
                    inline.put(key(t.row(), t.col()), value);
                    return t;
                }
            }
        }
        return null;
    }

    /** A label of the form longer than key that the text also starts with (其他资金来源 for 其他资金), or null. */
    private String longerLabel(String key, String text) {
        String t = LabelKey.normalise(text);
        return form.map().labelKeys().stream().filter(l -> l.length() > key.length() && t.startsWith(l))
                .findFirst().orElse(null);
    }

    /**
     * What follows the label in a cell's text, when something separates the two (spaces, a colon, a
     * bracketed note such as （2024年-2024年）); null when the cell does not start with the label or
     * nothing follows it.
     */
    static String afterLabel(String text, String key) {
        int i = 0;
        int k = 0;
        while (k < key.length()) {
            if (i >= text.length()) {
                return null;
            }
            char ch = text.charAt(i);
            String n = LabelKey.normalise(String.valueOf(ch));
            if (n.isEmpty()) {
                i++;
            } else if (n.charAt(0) == key.charAt(k)) {
                i++;
                k++;
            } else {
                return null;
            }
        }
        int start = i;
        while (i < text.length()) {
            String n = LabelKey.normalise(String.valueOf(text.charAt(i)));
            if (n.isEmpty() || n.equals(":")) {
                i++;
            } else if (n.equals("(")) {
                int close = i + 1;
                while (close < text.length() && !LabelKey.normalise(String.valueOf(text.charAt(close))).equals(")")) {
                    close++;
                }
                if (close >= text.length()) {
                    break;
                }
                i = close + 1;
            } else {
                break;
            }
        }
        String value = TypedText.clean(text.substring(i));
        return i == start || value.isEmpty() ? null : value;
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
        return c != null && !c.numeric() && form.map().isFormLabel(c.text(), form.keys().of(c.text()));
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
