package cn.jixiao.read;

import cn.jixiao.grid.GridCell;
import cn.jixiao.grid.TypedText;
import cn.jixiao.registry.TypedAmount;
import cn.jixiao.i18n.Msg;
import cn.jixiao.indicator.Framework;
import cn.jixiao.indicator.FrameworkVersion;
import cn.jixiao.read.TemplateMap.Cell;
import cn.jixiao.read.TemplateMap.Column;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The indicator table of one form: its header row is the row of this form holding most of the
 * template's column headings, and each heading's own column in this form is where its field is.
 * Level names (产出指标, 数量指标…) are known words and are taken for what they are wherever the
 * row has them, since office books and extracted text let them drift into a neighbouring column.
 * When a row's other text does not stand under the headings, it is read in order (三级 first, then
 * 年度指标值…), as the row was written. The table ends at the row the template ends it with (总分,
 * 填表说明), at a note written across the table, or at the end of the form. Columns the template does
 * not have (备注) are reported and not read.
 */
final class IndicatorTable {

    private static final Set<String> LEVEL1 = Set.of(Framework.OUTPUT, Framework.COST, Framework.BENEFIT,
            Framework.SATISFACTION);
    private static final Set<String> LEVEL2 = levelTwos();
    /** Rows of dots or hashes the extraction and some books print in empty rows. */
    private static final Pattern FILLER = Pattern.compile("[.。…·#]+");

    private int headerRow = -1;

    private final FormScope form;

    IndicatorTable(FormScope form) {
        this.form = form;
    }

    /** The table's header row, once read; -1 when the form has none. */
    int headerRow() {
        return headerRow;
    }

    void read(ProjectDraft draft, MoneyUnit money) {
        headerRow = findHeaderRow();
        if (headerRow < 0) {
            return;
        }
        // field -> its heading's columns in this form (a merged heading covers several)
        Map<String, Cell> columns = new HashMap<>();
        int first = headerRow + 1;
        for (Column column : form.map().columns()) {
            for (Cell c : form.labels().get(column.headerKey())) {
                if (c.row() <= headerRow && c.lastRow() >= headerRow && columns.values().stream()
                        .noneMatch(o -> o.col() == c.col())) {
                    columns.putIfAbsent(column.field(), c);
                    first = Math.max(first, c.lastRow() + 1);
                }
            }
        }
        Set<Integer> foreign = foreignColumns(columns);
        int end = first;
        while (end <= form.block().lastRow() && !endsTable(end, columns)) {
            end++;
        }
        shiftedBody(columns, first, end - 1);
        List<String> textFields = columns.entrySet().stream()
                .filter(e -> !e.getKey().equals("i.level1") && !e.getKey().equals("i.level2"))
                .sorted((a, b) -> Integer.compare(a.getValue().col(), b.getValue().col()))
                .map(Map.Entry::getKey).toList();
        FieldValue values = new FieldValue(form.book(), form.sheet(), form.problems());
        Map<String, Object> above = Map.of();
        for (int r = first; r < end; r++) {
            Map<String, Object> row = new HashMap<>();
            Map<String, Integer> at = new HashMap<>();
            readRow(r, columns, foreign, textFields, values, money, row, at, above);
            fillDown(row, above);
            ownLevel1(row);
            if (row.containsKey("i.level1")) {
                above = row;
            }
            Indicator indicator = new Indicator(str(row, "i.level1"), str(row, "i.level2"), str(row, "i.name"),
                    str(row, "i.target"), str(row, "i.actual"), (BigDecimal) row.get("i.points"),
                    (BigDecimal) row.get("i.score"), str(row, "i.deviation"));
            if (!placeholder(indicator)) {
                for (var e : at.entrySet()) {
                    draft.indicatorCell(e.getKey(), r, e.getValue());
                }
                draft.add(indicator);
            }
        }
    }

    /** One row: level names by what they say, the rest under their headings or, drifted, in order. */
    private void readRow(int r, Map<String, Cell> columns, Set<Integer> foreign, List<String> textFields,
                         FieldValue values, MoneyUnit money, Map<String, Object> row, Map<String, Integer> at,
                         Map<String, Object> above) {
        List<int[]> texts = new ArrayList<>(); // {col, field index or -1 when under no heading}
        boolean drifted = false;
        String costWord = null;
        int costCol = -1;
        Set<Long> seen = new HashSet<>();
        int last = form.sheet().lastCol(r);
        for (int col = 0; col <= last; col++) {
            if (foreign.contains(col)) {
                continue;
            }
            Cell t = TemplateMap.topLeft(form.sheet(), r, col);
            if (t == null || !seen.add(((long) t.row() << 20) | t.col())) {
                continue;
            }
            String text = TypedText.clean(form.book().value(form.sheet(), r, col));
            String key = form.keys().of(text);
            if (text.isEmpty() || FILLER.matcher(key).matches() || TypedText.stripIndicatorPrefix(text).isEmpty()) {
                continue; // nothing, a row of dots, or a bare 指标2： numbering
            }
            String under = fieldUnder(t.col(), columns);
            // 社会 效益 written without 指标 is a level only where a level heading stands over it:
            // under 三级, 服务对象满意度 is an indicator's name.
            boolean levelColumn = "i.level1".equals(under) || "i.level2".equals(under);
            String level = levelColumn ? Framework.normalise(key) : key;
            if (LEVEL1.contains(level) || LEVEL2.contains(level)) {
                // kept as written (社会效益 stays 社会效益), only the line-wrap spaces go
                boolean one = LEVEL1.contains(level) && !level.equals(Framework.COST);
                if (level.equals(Framework.COST) && !"i.level1".equals(under) && !"i.level2".equals(under)) {
                    drifted |= under != null;
                    costWord = key; // 成本指标 drifted: 一级 or 二级 depends on the 一级 it stands under
                    costCol = t.col();
                } else {
                    // A level name under the 三级 heading or further right: the row has shifted right.
                    drifted |= under != null && textFields.contains(under);
                    String field = level.equals(Framework.COST) ? under : one ? "i.level1" : "i.level2";
                    if (!row.containsKey(field)) {
                        row.put(field, key);
                        at.put(field, t.col());
                    }
                }
                continue;
            }
            if (form.map().isFormLabel(text, form.keys().of(text))) {
                continue; // a heading repeated on a new page, the 绩效指标 label
            }
            int index = under == null ? -1 : textFields.indexOf(under);
            final int same = index;
            // under no heading, or a second text under the same one (a heading merged over two cells)
            drifted |= index < 0 || texts.stream().anyMatch(c -> c[1] == same);
            texts.add(new int[] {t.col(), index});
        }
        if (texts.size() == 1 && row.isEmpty() && fragmentOfLabel(form.sheet().text(r, texts.get(0)[0]))) {
            return; // 绩效 / 指标: a label printed over two rows, not an indicator
        }
        if (costWord != null) {
            Object level1 = row.containsKey("i.level1") ? row.get("i.level1") : above.get("i.level1");
            String field = Framework.OUTPUT.equals(level1) && !row.containsKey("i.level2") ? "i.level2" : "i.level1";
            if (!row.containsKey(field)) {
                row.put(field, costWord);
                at.put(field, costCol);
            }
        }
        for (int k = 0; k < texts.size(); k++) {
            int[] cell = texts.get(k);
            if (drifted && k >= textFields.size()) {
                form.problems().add(ReadProblem.cellWarning(form.book().file(), form.sheet().name(), FormReader.address(r, cell[0]),
                        new Msg("read.unplaced", FormReader.shorten(form.sheet().text(r, cell[0])))));
                continue;
            }
            String field = textFields.get(drifted ? k : cell[1]);
            FieldKind kind = FieldKind.of(field);
            if (kind == null) {
                continue;
            }
            Object v = values.convert(kind, r, cell[0], money);
            String name = field.equals("i.numberedName") ? "i.name" : field;
            if (v != null && !row.containsKey(name)) {
                row.put(name, v);
                at.put(field, cell[0]);
            }
        }
    }

    /**
     * A table whose body stands one column right of its headings from some heading on (the
     * extraction, or a book, put an empty cell after 三级指标): the heading's own column is empty in
     * every row, and the numbers the 分值 / 得分 headings want stand one column further right. Those
     * headings are then read one column right; a table that does not show both signs is left alone.
     */
    private void shiftedBody(Map<String, Cell> columns, int first, int last) {
        List<Map.Entry<String, Cell>> headings = columns.entrySet().stream()
                .sorted((a, b) -> Integer.compare(a.getValue().col(), b.getValue().col())).toList();
        for (int i = 0; i < headings.size(); i++) {
            Cell h = headings.get(i).getValue();
            if (filled(h.col(), first, last) > 0 || filled(h.lastCol() + 1, first, last) == 0) {
                continue;
            }
            int here = 0;
            int right = 0;
            for (Map.Entry<String, Cell> e : headings.subList(i, headings.size())) {
                if (FieldKind.of(e.getKey()) == FieldKind.NUMBER) {
                    here += numbers(e.getValue().col(), first, last);
                    right += numbers(e.getValue().lastCol() + 1, first, last);
                }
            }
            if (right > here) {
                for (Map.Entry<String, Cell> e : headings.subList(i, headings.size())) {
                    Cell c = e.getValue();
                    columns.put(e.getKey(), new Cell(c.row(), c.lastCol() + 1, c.lastRow(), c.lastCol() + 1, c.text()));
                }
            }
            return;
        }
    }

    private int filled(int col, int first, int last) {
        int n = 0;
        for (int r = first; r <= last; r++) {
            GridCell c = form.sheet().raw(r, col); // a merge's blank remains are not filled
            if (c != null && !c.text().isBlank()) {
                n++;
            }
        }
        return n;
    }

    private int numbers(int col, int first, int last) {
        int n = 0;
        for (int r = first; r <= last; r++) {
            String t = form.sheet().text(r, col);
            if (!t.isBlank() && !TypedAmount.parse(t).isNotANumber()) {
                n++;
            }
        }
        return n;
    }

    /** A short text that is part of one of the form's labels, as a label broken over two rows leaves. */
    private boolean fragmentOfLabel(String text) {
        String key = form.keys().of(text);
        return key.length() <= 4 && form.map().labelKeys().stream().anyMatch(l -> l.length() > key.length() && l.contains(key));
    }

    /** The field whose heading stands over this column in this form, or null. */
    private static String fieldUnder(int col, Map<String, Cell> columns) {
        for (var e : columns.entrySet()) {
            if (col >= e.getValue().col() && col <= e.getValue().lastCol()) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Columns under a heading that is none of the template's (备注, 责任人): reported once and not
     * read, so their text never turns into an indicator.
     */
    private Set<Integer> foreignColumns(Map<String, Cell> columns) {
        Set<Integer> foreign = new LinkedHashSet<>();
        TreeMap<Integer, GridCell> row = new TreeMap<>(form.sheet().row(headerRow));
        for (var e : row.entrySet()) {
            Cell t = TemplateMap.topLeft(form.sheet(), headerRow, e.getKey());
            if (t == null || t.col() != e.getKey() || e.getValue().numeric()
                    || fieldUnder(t.col(), columns) != null || form.map().isFormLabel(t.text(), form.keys().of(t.text()))) {
                continue;
            }
            if (t.col() < columns.values().stream().mapToInt(Cell::col).min().orElse(0)) {
                continue; // left of the table: the 绩效指标 label's place
            }
            for (int c = t.col(); c <= t.lastCol(); c++) {
                foreign.add(c);
            }
            form.problems().add(ReadProblem.cellWarning(form.book().file(), form.sheet().name(), FormReader.address(t.row(), t.col()),
                    new Msg("read.foreignColumn", FormReader.shorten(t.text()))));
        }
        return foreign;
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

    /**
     * A 二级 with no 一级 written or continued (the 一级's merged cell lost, or never printed) takes
     * the one 一级 that the framework puts it under, in either version: 社会效益指标 is under 效益指标,
     * 数量指标 under 产出指标. A 二级 that two 一级 may hold (成本指标) is left without.
     */
    private static void ownLevel1(Map<String, Object> row) {
        Object level2 = row.get("i.level2");
        if (row.containsKey("i.level1") || level2 == null) {
            return;
        }
        String l2 = Framework.normalise(level2.toString());
        Set<String> owners = new HashSet<>();
        for (FrameworkVersion v : FrameworkVersion.values()) {
            for (String l1 : LEVEL1) {
                if (Framework.allowedLevel2(v, l1).contains(l2)) {
                    owners.add(l1);
                }
            }
        }
        if (owners.size() == 1) {
            row.put("i.level1", owners.iterator().next());
        }
    }

    /** A 二级 (or none) that may stand under this 一级 in either framework: only then does a blank 一级 continue the one above. */
    private static boolean fits(Object level1, Object level2) {
        if (level2 == null) {
            return true;
        }
        String l1 = level1.toString();
        String l2 = level2.toString();
        return Framework.allows(FrameworkVersion.OLD, l1, l2) || Framework.allows(FrameworkVersion.NEW, l1, l2)
                || Framework.allowedLevel2(FrameworkVersion.OLD, l1).isEmpty()
                && Framework.allowedLevel2(FrameworkVersion.NEW, l1).isEmpty();
    }

    /** The indicator header: the row of this form holding most of the template's column headers. */
    private int findHeaderRow() {
        Map<Integer, Integer> hits = new HashMap<>();
        for (Column column : form.map().columns()) {
            for (Cell c : form.labels().get(column.headerKey())) {
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

    /**
     * A row the template puts below the table (总分, the note), the start of another form, or a
     * note written in one cell across the table's columns: the table ends there.
     */
    private boolean endsTable(int r, Map<String, Cell> columns) {
        int cells = 0;
        Cell only = null;
        for (var e : form.sheet().row(r).entrySet()) {
            GridCell c = e.getValue();
            String key = form.keys().of(c.text());
            if (key.isEmpty() || c.numeric()) {
                continue;
            }
            if (form.map().stopKeys().contains(key) || key.equals("项目名称") || key.startsWith("说明")
                    || key.startsWith("注:") || form.map().stopPrefixes().stream().anyMatch(key::startsWith)) {
                return true;
            }
            cells++;
            only = TemplateMap.topLeft(form.sheet(), r, e.getKey());
        }
        if (cells == 1 && only != null && only.lastCol() > only.col()) {
            int spanned = 0;
            for (Cell h : columns.values()) {
                if (h.col() >= only.col() && h.col() <= only.lastCol()) {
                    spanned++;
                }
            }
            return spanned >= 3;
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

    private static Set<String> levelTwos() {
        Set<String> all = new HashSet<>();
        for (FrameworkVersion v : FrameworkVersion.values()) {
            for (String l1 : LEVEL1) {
                Framework.allowedLevel2(v, l1).stream().filter(s -> !s.isEmpty()).forEach(all::add);
            }
        }
        all.add("可持续发展指标"); // how some printed forms name 可持续影响指标
        return Set.copyOf(all);
    }
}
