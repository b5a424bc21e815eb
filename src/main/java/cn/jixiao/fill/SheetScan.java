package cn.jixiao.fill;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;

/** Finds a form's labels on a sheet, so nothing depends on fixed row numbers a user may change. */
final class SheetScan {

    // Compiled once: String.replaceAll compiles its pattern again for every cell a scan reads.
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private SheetScan() {
    }

    /** Whether a cell's text is the label, spaces inside it aside ("三 级 指 标"). */
    static boolean isLabel(Cell cell, String label) {
        return cell.getCellType() == CellType.STRING
                && SPACE.matcher(cell.getStringCellValue()).replaceAll("").equals(label);
    }

    static Optional<CellAddress> find(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (isLabel(cell, label)) {
                    return Optional.of(cell.getAddress());
                }
            }
        }
        return Optional.empty();
    }
}
