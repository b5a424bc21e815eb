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

    /** Whether a cell's text is the label, spaces inside it aside ("三 级 指 标"). */
    static boolean isLabel(Cell cell, String label) {
        return cell.getCellType() == CellType.STRING && sameButSpaces(cell.getStringCellValue(), label);
    }

    /**
     * Whether the text is the label once the blanks a regular expression's \s matches (space, tab,
     * line breaks, form feed) are taken out; compared in place, as a scan reads every cell of a form.
     */
    static boolean sameButSpaces(String text, String label) {
        int j = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                continue;
            }
            if (j == label.length() || label.charAt(j) != c) {
                return false;
            }
            j++;
        }
        return j == label.length();
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
