package cn.jixiao.read;

import cn.jixiao.grid.GridCell;
import cn.jixiao.grid.SheetGrid;
import cn.jixiao.registry.FormFamily;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Where each field of a form is, learnt from the template that filled it: for every
 * {@code ${p.…}} marker, the label it stands beside (and the column header above it, in the
 * 自评表's money block); for every {@code ${i.…}} marker of the indicator row, its column's
 * header; the labels that end the indicator table; and the labels with {@code ${book.…}} inside
 * (the year line, 项目资金（万元）) as patterns. The template is the only mapping: edit the
 * template and the reader follows.
 */
public record TemplateMap(
        FormFamily family,
        List<FieldPlace> fields,
        List<Column> columns,
        Set<String> labelKeys,
        Set<String> stopKeys,
        List<String> stopPrefixes,
        List<PatternLabel> patterns,
        Map<String, List<Integer>> labelColumns) {

    /** A label of the form, identified by its text and which same-text label it is, in reading order. */
    public record Anchor(String key, int occurrence) {
    }

    /**
     * A field beside a row label and/or under a column header. rowOffset: how many rows below the
     * row label's first row the value is (项目总目标 sits one row under 项目绩效目标); colOffset:
     * how many rows below the header's last row.
     */
    public record FieldPlace(String field, Anchor row, int rowOffset, Anchor column, int colOffset) {
    }

    /** A column of the indicator table: the field and its header's key. */
    public record Column(String field, String headerKey) {
    }

    /** A label with fields inside it, such as （${book.year} 年度）. */
    public record PatternLabel(Pattern pattern, List<String> fields, String literal) {
        /** The fields' values when a cell's text, {@link #normalise normalised}, fits this label. */
        Map<String, String> matchNormalised(String normalisedText) {
            if (!normalisedText.contains(literal)) {
                return Map.of(); // most cells: decided without running the expression
            }
            Matcher m = pattern.matcher(normalisedText);
            if (!m.matches()) {
                return Map.of();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                values.putIfAbsent(fields.get(i), m.group(i + 1));
            }
            return values;
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\$\\{([^}]*)}");

    /**
     * The labels that stand in the template's column of the {@code occurrence}-th label with this
     * key and occur once: when a form leaves out one of two same-named labels (the left 其他资金),
     * the one it kept is told by standing in the column of these.
     */
    List<String> columnMates(String key, int occurrence) {
        List<Integer> cols = labelColumns.getOrDefault(key, List.of());
        if (occurrence >= cols.size()) {
            return List.of();
        }
        int col = cols.get(occurrence);
        List<String> mates = new ArrayList<>();
        labelColumns.forEach((k, c) -> {
            if (!k.equals(key) && c.size() == 1 && c.get(0) == col) {
                mates.add(k);
            }
        });
        return mates;
    }

    int occurrences(String key) {
        return labelColumns.getOrDefault(key, List.of()).size();
    }

    /**
     * Whether a cell's text is one of this form's labels: a label of the template, the label part
     * of one with a marker inside (项目资金（元）, 项目总目标（2024年-2024年）), or a form title. A value
     * is never taken from such a cell.
     */
    public boolean isFormLabel(String text) {
        return isFormLabel(text, LabelKey.of(text));
    }

    /** The same, with the text's {@link LabelKey} already worked out. */
    boolean isFormLabel(String text, String key) {
        if (!key.isEmpty() && (labelKeys.contains(key) || FormLocator.titleFamily(key) != null)) {
            return true;
        }
        String normalised = normalise(text);
        return patterns.stream().anyMatch(p -> !p.matchNormalised(normalised).isEmpty());
    }

    /** Learns the map from the template's form sheet. */
    public static TemplateMap of(FormFamily family, SheetGrid form) {
        Map<String, FieldPlace> fields = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        List<PatternLabel> patterns = new ArrayList<>();
        int eachRow = eachRow(form);
        Set<String> stopKeys = new HashSet<>();
        List<String> stopPrefixes = new ArrayList<>();
        for (int r : form.rowNumbers()) {
            for (var e : form.row(r).entrySet()) {
                int c = e.getKey();
                String text = e.getValue().text().strip();
                String field = field(text);
                if (text.isEmpty()) {
                    continue;
                }
                if (field == null && text.contains("${")) {
                    patterns.add(pattern(text));
                    labels.add(LabelKey.of(text)); // 项目资金（${book.moneyUnit}）: the label 项目资金
                    String prefix = LabelKey.of(text.substring(0, text.indexOf("${")));
                    if (r > eachRow && eachRow >= 0 && prefix.length() >= 2) {
                        stopPrefixes.add(prefix);
                    }
                } else if (field == null) {
                    labels.add(LabelKey.of(text));
                    if (r > eachRow && eachRow >= 0) {
                        stopKeys.add(LabelKey.of(text));
                    }
                } else if (field.startsWith("p.") && !fields.containsKey(field)) {
                    fields.put(field, place(form, field, r, c));
                } else if (field.startsWith("i.") && r == eachRow) {
                    Cell header = topLeft(form, r - 1, c);
                    if (header != null && isLabel(header.text)) {
                        columns.add(new Column(field, LabelKey.of(header.text)));
                    }
                }
            }
        }
        labels.remove("");
        Map<String, List<Integer>> labelColumns = new LinkedHashMap<>();
        for (int r : form.rowNumbers()) {
            for (var e : form.row(r).entrySet()) {
                String text = e.getValue().text();
                if (!text.contains("${") && !LabelKey.of(text).isEmpty()) {
                    labelColumns.computeIfAbsent(LabelKey.of(text), k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        return new TemplateMap(family, List.copyOf(fields.values()), columns, labels, stopKeys, stopPrefixes, patterns,
                labelColumns);
    }

    /** The name inside a cell that holds exactly one marker ({@code p.name}), else null. */
    static String field(String text) {
        Matcher m = MARKER.matcher(text.strip());
        return m.matches() ? m.group(1).strip() : null;
    }

    private static int eachRow(SheetGrid form) {
        for (int r : form.rowNumbers()) {
            for (GridCell c : form.row(r).values()) {
                String f = field(c.text());
                if (f != null && f.startsWith("i.")) {
                    return r;
                }
            }
        }
        return -1;
    }

    private static FieldPlace place(SheetGrid form, String field, int r, int c) {
        Anchor row = null;
        int rowOffset = 0;
        for (int col = c - 1; col >= 0; ) {
            Cell t = topLeft(form, r, col);
            if (t == null) {
                col--;
                continue;
            }
            if (isLabel(t.text) || isPattern(t.text)) {
                if (!LabelKey.of(t.text).isEmpty()) {
                    row = new Anchor(LabelKey.of(t.text), occurrence(form, t));
                    rowOffset = r - t.row;
                }
                break;
            }
            col = t.col - 1;
        }
        Anchor column = null;
        int colOffset = 0;
        for (int rr = r - 1; rr >= 0; ) {
            Cell t = topLeft(form, rr, c);
            if (t == null) {
                rr--;
                continue;
            }
            String f = field(t.text);
            if (f != null && !f.startsWith("book.")) {
                rr = t.row - 1;
                continue;
            }
            if (f == null && !LabelKey.of(t.text).isEmpty()) {
                column = new Anchor(LabelKey.of(t.text), occurrenceInRow(form, t));
                colOffset = r - t.lastRow;
            }
            break;
        }
        return new FieldPlace(field, row, rowOffset, column, colOffset);
    }

    /** A cell and the extent of its merged range. */
    record Cell(int row, int col, int lastRow, int lastCol, String text) {
    }

    /** The top-left cell of whatever covers (row, col), or null when nothing is written there. */
    static Cell topLeft(SheetGrid sheet, int row, int col) {
        CellRangeAddress m = sheet.mergeAt(row, col);
        int r = m == null ? row : m.getFirstRow();
        int c = m == null ? col : m.getFirstColumn();
        GridCell cell = sheet.raw(r, c);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return new Cell(r, c, m == null ? r : m.getLastRow(), m == null ? c : m.getLastColumn(), cell.text());
    }

    private static boolean isLabel(String text) {
        return !text.contains("${") && !text.isBlank();
    }

    private static boolean isPattern(String text) {
        return text.contains("${") && field(text) == null;
    }

    private static int occurrence(SheetGrid form, Cell target) {
        String key = LabelKey.of(target.text);
        int n = 0;
        for (int r : form.rowNumbers()) {
            for (var e : form.row(r).entrySet()) {
                if (r == target.row && e.getKey() == target.col) {
                    return n;
                }
                if (LabelKey.of(e.getValue().text()).equals(key) && !e.getValue().text().contains("${")) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int occurrenceInRow(SheetGrid form, Cell target) {
        String key = LabelKey.of(target.text);
        int n = 0;
        for (var e : form.row(target.row).entrySet()) {
            if (e.getKey() == target.col) {
                return n;
            }
            if (LabelKey.of(e.getValue().text()).equals(key)) {
                n++;
            }
        }
        return n;
    }

    private static PatternLabel pattern(String text) {
        String t = normalise(text);
        Matcher m = MARKER.matcher(t);
        StringBuilder regex = new StringBuilder();
        List<String> fields = new ArrayList<>();
        String literal = "";
        int last = 0;
        while (m.find()) {
            literal = longer(literal, t.substring(last, m.start()));
            regex.append(Pattern.quote(t.substring(last, m.start()))).append("(.*?)");
            fields.add(m.group(1).strip());
            last = m.end();
        }
        regex.append(Pattern.quote(t.substring(last)));
        literal = longer(literal, t.substring(last));
        return new PatternLabel(Pattern.compile(regex.toString()), fields, literal);
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }

    /** The text as label keys see it before parentheses are dropped, for matching pattern labels. */
    static String normalise(String text) {
        return LabelKey.normalise(text);
    }
}
