package cn.jixiao.read;

import cn.jixiao.util.CellKeys;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names an origin keeps for each value read, the registry path ({@code indicators[3].target})
 * and the cell ({@code F12}), each made once for every form a reader reads. Every form asks for
 * the same few hundred of each, and a rollup keeps the origin of every form: one copy of each name
 * is held, not one per form, and making and pooling them anew for every value (String.intern)
 * cost the rollup's read a twentieth of its time. Safe on the threads reading files side by side;
 * it holds no more names than the cells and fields the reader has met.
 */
final class CellNames {

    private final Map<String, String> projectPaths = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, String>> indicatorPaths = new ConcurrentHashMap<>();
    private final Map<Long, String> cells = new ConcurrentHashMap<>();

    /** The registry path of a project field (funds.annual_total), or null for one the registry does not hold. */
    String projectPath(String field) {
        String path = projectPaths.get(field);
        if (path == null) {
            String made = FieldPaths.ofProjectField(field);
            if (made == null) {
                return null;
            }
            path = projectPaths.computeIfAbsent(field, f -> made);
        }
        return path;
    }

    /** indicators[index].target for the field i.target of the index-th indicator read. */
    String indicatorPath(int index, String field) {
        Map<Integer, String> byIndex = indicatorPaths.get(field);
        if (byIndex == null) {
            byIndex = indicatorPaths.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        }
        String path = byIndex.get(index);
        return path != null ? path : byIndex.computeIfAbsent(index, i -> FieldPaths.ofIndicatorField(i, field));
    }

    /** A cell's address (F12), from its row and column counted from 0. */
    String cell(int row, int col) {
        Long key = CellKeys.of(row, col);
        String address = cells.get(key);
        return address != null ? address : cells.computeIfAbsent(key, k -> FormReader.address(row, col));
    }
}
