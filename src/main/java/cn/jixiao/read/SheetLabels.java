package cn.jixiao.read;

import cn.jixiao.grid.GridCell;
import cn.jixiao.grid.SheetGrid;
import cn.jixiao.read.TemplateMap.Cell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every text cell of a sheet (or of one form's rows) by its label key, in reading order: built once, asked many times. */
final class SheetLabels {

    private final Map<String, List<Cell>> byKey = new HashMap<>();

    SheetLabels(SheetGrid sheet) {
        this(sheet, 0, Integer.MAX_VALUE, new LabelKeys());
    }

    /** The labels of rows first..last only: one form of a sheet that holds many. */
    SheetLabels(SheetGrid sheet, int first, int last, LabelKeys keys) {
        for (int r : sheet.rowNumbers(first, last)) {
            for (var e : sheet.row(r).entrySet()) {
                GridCell c = e.getValue();
                if (!c.numeric() && !c.text().isBlank()) {
                    Cell t = TemplateMap.topLeft(sheet, r, e.getKey());
                    if (t != null) {
                        byKey.computeIfAbsent(keys.of(c.text()), k -> new ArrayList<>()).add(t);
                    }
                }
            }
        }
    }

    List<Cell> get(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }
}
