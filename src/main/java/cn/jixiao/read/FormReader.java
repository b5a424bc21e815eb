package cn.jixiao.read;

import cn.jixiao.grid.GridCell;
import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.SheetGrid;
import cn.jixiao.grid.TypedText;
import cn.jixiao.i18n.Msg;
import cn.jixiao.read.TemplateMap.Anchor;
import cn.jixiao.read.TemplateMap.Cell;
import cn.jixiao.read.TemplateMap.Column;
import cn.jixiao.read.TemplateMap.FieldPlace;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads one form sheet with its family's {@link TemplateMap}: finds each label the template puts
 * a field beside, takes the value where the template says it is relative to that label, and reads
 * the indicator table under its header row down to the row the template ends it with. Positions
 * are never fixed, so inserted rows and columns, merged or split cells and moved tables read the same.
 */
final class FormReader {

    /** What a form says of itself before its fields are read. */
    record Facts(Integer year, MoneyUnit moneyUnit) {
    }

    private final LoadedWorkbook book;
    private final SheetGrid sheet;
    private final TemplateMap map;
    private final List<ReadProblem> problems;
    private final SheetLabels labels;

    FormReader(LoadedWorkbook book, SheetGrid sheet, SheetLabels labels, TemplateMap map, List<ReadProblem> problems) {
        this.book = book;
        this.sheet = sheet;
        this.labels = labels;
        this.map = map;
        this.problems = problems;
    }

    /** Year and money unit from the labels that carry them: （2024 年度）, 项目资金（万元）. */
    Facts facts(FormFamily family) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int r : sheet.rowNumbers()) {
            for (GridCell c : sheet.row(r).values()) {
                if (c.numeric()) {
                    continue;
                }
                String text = TemplateMap.normalise(c.text());
                for (TemplateMap.PatternLabel p : map.patterns()) {
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

    boolean hasLabel(String text) {
        return labels.has(LabelKey.of(text));
    }

    ProjectDraft read(MoneyUnit money) {
        ProjectDraft draft = new ProjectDraft();
        for (FieldPlace place : map.fields()) {
            FieldKind kind = FieldKind.of(place.field());
            int[] at = kind == null ? null : locate(place);
            if (at != null) {
                draft.put(place.field(), new FieldValue(book, sheet, problems).convert(kind, at[0], at[1], money));
                draft.cell(FieldPaths.ofProjectField(place.field()), address(at[0], at[1]));
            }
        }
        readIndicators(draft, money);
        return draft;
    }

    private int[] locate(FieldPlace place) {
        Cell rowLabel = place.row() == null ? null : find(place.row());
        if (place.column() != null) {
            int row = rowLabel == null ? Integer.MAX_VALUE : rowLabel.row() + place.rowOffset();
            Cell header = nearestAbove(place.column(), row);
            if (header != null) {
                return new int[] {rowLabel == null ? header.lastRow() + place.colOffset() : row, header.col()};
            }
        }
        return rowLabel == null ? null : scanRight(rowLabel.row() + place.rowOffset(), rowLabel.lastCol() + 1);
    }

    private Cell find(Anchor anchor) {
        List<Cell> found = labels.get(anchor.key());
        if (found.isEmpty()) {
            return null;
        }
        return found.get(Math.min(anchor.occurrence(), found.size() - 1));
    }

    private Cell nearestAbove(Anchor anchor, int row) {
        List<Cell> found = labels.get(anchor.key());
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

    /** The value right of a label: the first thing written there, unless that is the next label. */
    private int[] scanRight(int row, int from) {
        int last = sheet.lastCol(row);
        for (int col = from; col <= last; ) {
            Cell t = TemplateMap.topLeft(sheet, row, col);
            if (t == null) {
                col++;
                continue;
            }
            GridCell c = sheet.cell(row, col);
            if (c != null && !c.numeric() && map.labelKeys().contains(LabelKey.of(t.text()))) {
                return null;
            }
            return new int[] {t.row(), t.col()};
        }
        return null;
    }

    private void readIndicators(ProjectDraft draft, MoneyUnit money) {
        int header = headerRow();
        if (header < 0) {
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        int first = header + 1;
        for (Column column : map.columns()) {
            for (Cell c : labels.get(column.headerKey())) {
                if (c.row() <= header && c.lastRow() >= header && !columns.containsValue(c.col())) {
                    columns.putIfAbsent(column.field(), c.col());
                    first = Math.max(first, c.lastRow() + 1);
                }
            }
        }
        FieldValue values = new FieldValue(book, sheet, problems);
        Map<String, Object> above = Map.of();
        for (int r = first; r <= sheet.lastRow(); r++) {
            if (endsTable(r)) {
                break;
            }
            Map<String, Object> row = new HashMap<>();
            for (var e : columns.entrySet()) {
                FieldKind kind = FieldKind.of(e.getKey());
                if (kind != null) {
                    Object v = values.convert(kind, r, e.getValue(), money);
                    if (v != null) {
                        row.put(e.getKey().equals("i.numberedName") ? "i.name" : e.getKey(), v);
                    }
                }
            }
            fillDown(row, above);
            if (row.containsKey("i.level1")) {
                above = row;
            }
            Indicator indicator = new Indicator(str(row, "i.level1"), str(row, "i.level2"), str(row, "i.name"),
                    str(row, "i.target"), str(row, "i.actual"), (BigDecimal) row.get("i.points"),
                    (BigDecimal) row.get("i.score"), str(row, "i.deviation"));
            if (!placeholder(indicator)) {
                for (var e : columns.entrySet()) {
                    draft.cell(FieldPaths.ofIndicatorField(draft.indicatorCount(), e.getKey()), address(r, e.getValue()));
                }
                draft.add(indicator);
            }
        }
    }

    /**
     * 一级 and 二级 left empty under a filled one continue it: what a merged cell looks like once
     * someone unmerged it, and how hand-made forms write a group. A 二级 continues only within the
     * same 一级, so an old-style 成本指标 row with no 二级 stays without one.
     */
    private static void fillDown(Map<String, Object> row, Map<String, Object> above) {
        boolean indicator = row.containsKey("i.name") || row.containsKey("i.target");
        if (!indicator) {
            return;
        }
        if (!row.containsKey("i.level1") && above.containsKey("i.level1")
                && fits(above.get("i.level1"), row.get("i.level2"))) {
            row.put("i.level1", above.get("i.level1"));
        }
        if (!row.containsKey("i.level2") && above.containsKey("i.level2")
                && Objects.equals(row.get("i.level1"), above.get("i.level1"))) {
            row.put("i.level2", above.get("i.level2"));
        }
    }

    /** A 二级 (or none) that may stand under this 一级 in either framework: only then does a blank 一级 continue the one above. */
    private static boolean fits(Object level1, Object level2) {
        if (level2 == null) {
            return true;
        }
        String l1 = level1.toString();
        String l2 = level2.toString();
        return cn.jixiao.indicator.Framework.allows(cn.jixiao.indicator.FrameworkVersion.OLD, l1, l2)
                || cn.jixiao.indicator.Framework.allows(cn.jixiao.indicator.FrameworkVersion.NEW, l1, l2)
                || cn.jixiao.indicator.Framework.allowedLevel2(cn.jixiao.indicator.FrameworkVersion.OLD, l1).isEmpty()
                && cn.jixiao.indicator.Framework.allowedLevel2(cn.jixiao.indicator.FrameworkVersion.NEW, l1).isEmpty();
    }

    /** The indicator header: the row holding most of the template's column headers. */
    private int headerRow() {
        Map<Integer, Integer> hits = new HashMap<>();
        for (Column column : map.columns()) {
            for (Cell c : labels.get(column.headerKey())) {
                hits.merge(c.row(), 1, Integer::sum);
            }
        }
        int best = -1;
        int bestHits = 1;
        for (var e : hits.entrySet()) {
            if (e.getValue() > bestHits || (e.getValue() == bestHits && best >= 0 && e.getKey() < best)) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        return best;
    }

    /** A row that the template puts below the table (总分, the note), or the start of another form. */
    private boolean endsTable(int r) {
        for (GridCell c : sheet.row(r).values()) {
            String key = LabelKey.of(c.text());
            if (key.isEmpty() || c.numeric()) {
                continue;
            }
            if (map.stopKeys().contains(key) || key.equals("项目名称")
                    || map.stopPrefixes().stream().anyMatch(key::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** A row with no indicator in it: the 指标2： rows people leave empty, or a merged group's tail. */
    private static boolean placeholder(Indicator i) {
        return i.name() == null && i.target() == null && i.actual() == null && i.points() == null
                && i.score() == null && i.deviation() == null;
    }

    private static String str(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }

    static String address(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    static Msg msg(String key, Object... args) {
        return new Msg(key, args);
    }
}
