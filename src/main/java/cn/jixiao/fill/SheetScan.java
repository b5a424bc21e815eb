package cn.jixiao.fill;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;

/** Finds a form's labels on a sheet, so nothing depends on fixed row numbers a user may change. */
final class SheetScan {

    private SheetScan() {
    }

    static Optional<CellAddress> find(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().replaceAll("\\s+", "").equals(label)) {
                    return Optional.of(cell.getAddress());
                }
            }
        }
        return Optional.empty();
    }
}
