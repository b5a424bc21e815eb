package cn.jixiao.meta;

import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.SheetGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What jixiao recorded in the hidden {@code _jixiao} sheet when it filled the workbook: key/value
 * pairs (template, form, year, money unit, unit, when it was filled) and one row per project sheet
 * (its name then, the project id, unit, project name and a digest of what was filled).
 */
public record MetaInfo(Map<String, String> values, List<SheetEntry> sheets) {

    public record SheetEntry(String sheet, String projectId, String unit, String projectName, String digest,
                             Integer order) {
    }

    public static Optional<MetaInfo> of(LoadedWorkbook book) {
        SheetGrid grid = book.sheet(MetaSheet.NAME);
        if (grid == null) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<SheetEntry> sheets = new ArrayList<>();
        boolean table = false;
        for (int r : grid.rowNumbers()) {
            String first = grid.text(r, 0).strip();
            if (first.isEmpty()) {
                continue;
            }
            if (table) {
                sheets.add(new SheetEntry(first, blank(grid.text(r, 1)), blank(grid.text(r, 2)),
                        blank(grid.text(r, 3)), blank(grid.text(r, 4)), number(grid.text(r, 5))));
            } else if (first.equals(MetaSheet.PROJECTS_HEADER)) {
                table = true;
            } else {
                values.put(first, grid.text(r, 1).strip());
            }
        }
        return Optional.of(new MetaInfo(values, sheets));
    }

    public String get(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? null : v;
    }

    public String title() {
        return get(MetaSheet.TITLE);
    }

    /** When jixiao filled the workbook (ISO 8601 with offset). */
    public String filledAt() {
        return get(MetaSheet.FILLED_AT);
    }

    public String year() {
        return get(MetaSheet.YEAR);
    }

    /** The money unit's label (万元, 元). */
    public String moneyUnit() {
        return get(MetaSheet.MONEY_UNIT);
    }

    /** The implementing unit the workbook was filled for. */
    public String unit() {
        return get(MetaSheet.UNIT);
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException notOurs) {
            return null; // someone typed over it: the file order is used instead
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
