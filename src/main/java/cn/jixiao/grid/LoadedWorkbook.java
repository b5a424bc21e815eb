package cn.jixiao.grid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A returned workbook's sheets as grids. When a formula the reader needs has no stored value
 * (a workbook written by a program that does not calculate), the workbook is opened once more
 * with POI's model to compute it; that costly path is taken only when it is needed.
 */
public final class LoadedWorkbook implements AutoCloseable {

    private final Path file;
    private final List<SheetGrid> sheets;
    private final Function<Path, Workbook> modelOpener;
    private Workbook model;

    LoadedWorkbook(Path file, List<SheetGrid> sheets, Function<Path, Workbook> modelOpener) {
        this.file = file;
        this.sheets = List.copyOf(sheets);
        this.modelOpener = modelOpener;
    }

    public Path file() {
        return file;
    }

    public List<SheetGrid> sheets() {
        return sheets;
    }

    public SheetGrid sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** The displayed value of a cell; a formula without a stored value is computed. */
    public String value(SheetGrid sheet, int row, int col) {
        GridCell c = sheet.cell(row, col);
        if (c == null) {
            return "";
        }
        if (!c.uncachedFormula()) {
            return c.text();
        }
        if (model == null) {
            model = modelOpener.apply(file);
        }
        var m = sheet.mergeAt(row, col);
        return UsermodelGridLoader.evaluate(model, sheet.name(),
                m == null ? row : m.getFirstRow(), m == null ? col : m.getFirstColumn());
    }

    @Override
    public void close() throws IOException {
        if (model != null) {
            model.close();
        }
    }
}
