package cn.jixiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;

/** A filled workbook opened read-only, with lookups by the form's own labels. */
public final class FilledBook implements AutoCloseable {

    private final Workbook wb;
    private final DataFormatter formatter = new DataFormatter();

    private FilledBook(Workbook wb) {
        this.wb = wb;
    }

    public static FilledBook open(Path file) {
        try {
            return new FilledBook(WorkbookFactory.create(file.toFile(), null, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workbook workbook() {
        return wb;
    }

    /** sheet name → project id, from the hidden _jixiao sheet. */
    public Map<String, String> projectSheets() {
        Sheet meta = wb.getSheet("_jixiao");
        Map<String, String> map = new LinkedHashMap<>();
        boolean inTable = false;
        for (Row r : meta) {
            String first = text(r.getCell(0));
            if (inTable && !first.isEmpty()) {
                map.put(first, text(r.getCell(1)));
            }
            inTable |= first.equals("sheet");
        }
        return map;
    }

    public CellAddress find(Sheet sheet, String label) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().replaceAll("\\s+", "").equals(label)) {
                    return c.getAddress();
                }
            }
        }
        throw new AssertionError("label " + label + " not on sheet " + sheet.getSheetName());
    }

    /** The cell right of a label, skipping the label's merged columns. */
    public Cell rightOf(Sheet sheet, String label) {
        CellAddress a = find(sheet, label);
        int col = a.getColumn() + 1;
        for (var m : sheet.getMergedRegions()) {
            if (m.isInRange(a.getRow(), a.getColumn())) {
                col = m.getLastColumn() + 1;
            }
        }
        return sheet.getRow(a.getRow()).getCell(col);
    }

    public Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(col);
    }

    public String text(Cell c) {
        return c == null ? "" : formatter.formatCellValue(c);
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
