package cn.jixiao.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a workbook opened with POI's object model (.xls, which cannot be streamed the same way)
 * into {@link SheetGrid}s. Formulas without a stored value are computed here, since the model is
 * already in memory.
 */
final class UsermodelGridLoader {

    private final DataFormatter formatter = new DataFormatter();

    List<SheetGrid> load(Workbook wb) {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        List<SheetGrid> sheets = new ArrayList<>();
        for (Sheet sheet : wb) {
            SheetGrid grid = new SheetGrid(sheet.getSheetName());
            sheet.getMergedRegions().forEach(grid::merge);
            int rows = 0;
            for (Row row : sheet) {
                if (++rows > XlsxGridLoader.MAX_ROWS) {
                    break;
                }
                for (Cell c : row) {
                    GridCell cell = toCell(c, evaluator);
                    if (cell != null) {
                        grid.put(c.getRowIndex(), c.getColumnIndex(), cell);
                    }
                }
            }
            sheets.add(grid);
        }
        return sheets;
    }

    /** The value of one formula cell, computed (for .xlsx files whose formulas carry no value). */
    static String evaluate(Workbook wb, String sheetName, int row, int col) {
        Sheet sheet = wb.getSheet(sheetName);
        Row r = sheet == null ? null : sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            return "";
        }
        GridCell cell = new UsermodelGridLoader().toCell(c, wb.getCreationHelper().createFormulaEvaluator());
        return cell == null ? "" : cell.text();
    }

    private GridCell toCell(Cell c, FormulaEvaluator evaluator) {
        boolean formula = c.getCellType() == CellType.FORMULA;
        CellType type = formula ? c.getCachedFormulaResultType() : c.getCellType();
        if (formula && type == CellType.NUMERIC && c.getNumericCellValue() == 0 && mayBeUncached(c)) {
            return computed(c, evaluator);
        }
        return switch (type) {
            case STRING -> new GridCell(c.getStringCellValue(), false, formula, true, null);
            case BOOLEAN -> new GridCell(c.getBooleanCellValue() ? "TRUE" : "FALSE", false, formula, true, null);
            case ERROR -> new GridCell("#ERROR", false, formula, true, null);
            case NUMERIC -> number(c, formula);
            default -> formula ? new GridCell("", false, true, true, null) : null;
        };
    }

    private GridCell number(Cell c, boolean formula) {
        double d = c.getNumericCellValue();
        short index = c.getCellStyle().getDataFormat();
        String format = c.getCellStyle().getDataFormatString();
        LocalDate date = format != null && DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(d)
                ? DateUtil.getLocalDateTime(d).toLocalDate() : null;
        return new GridCell(formatter.formatRawCellContents(d, index, format == null ? "General" : format),
                true, formula, true, date);
    }

    /** An XSSF formula cell with no {@code <v>} reads as a cached 0; only then is it computed. */
    private static boolean mayBeUncached(Cell c) {
        return c instanceof org.apache.poi.xssf.usermodel.XSSFCell x && !x.getCTCell().isSetV();
    }

    private GridCell computed(Cell c, FormulaEvaluator evaluator) {
        try {
            var v = evaluator.evaluate(c);
            if (v == null) {
                return new GridCell("", false, true, false, null);
            }
            return switch (v.getCellType()) {
                case NUMERIC -> {
                    short index = c.getCellStyle().getDataFormat();
                    String format = c.getCellStyle().getDataFormatString();
                    yield new GridCell(formatter.formatRawCellContents(v.getNumberValue(), index,
                            format == null ? "General" : format), true, true, true, null);
                }
                case STRING -> new GridCell(v.getStringValue(), false, true, true, null);
                case BOOLEAN -> new GridCell(v.getBooleanValue() ? "TRUE" : "FALSE", false, true, true, null);
                default -> new GridCell("", false, true, false, null);
            };
        } catch (RuntimeException notComputable) {
            // A formula POI cannot compute (an external link, an unsupported function) stays without value.
            return new GridCell("", false, true, false, null);
        }
    }
}
