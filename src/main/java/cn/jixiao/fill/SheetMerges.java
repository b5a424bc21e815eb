package cn.jixiao.fill;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merges a filled form gets, checked as POI checks them but against a list read once. POI's
 * own addMergedRegion reads every merge of the sheet back from its XML for each one it adds, which
 * for a form's few dozen merges was most of their cost. The checks are POI's: a merge may not
 * overlap another or cut through an array formula.
 */
final class SheetMerges {

    private final XSSFSheet sheet;
    private final List<CellRangeAddress> merged;

    SheetMerges(XSSFSheet sheet) {
        this.sheet = sheet;
        this.merged = new ArrayList<>(sheet.getMergedRegions());
    }

    /** The sheet's merges, those added here included. */
    List<CellRangeAddress> all() {
        return merged;
    }

    void add(CellRangeAddress region) {
        if (region.getNumberOfCells() < 2) {
            throw new IllegalArgumentException("Merged region " + region.formatAsString() + " must contain 2 or more cells");
        }
        // In POI's order: array formulas first, then the other merges.
        for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
            Row row = sheet.getRow(r);
            for (int c = region.getFirstColumn(); row != null && c <= region.getLastColumn(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.isPartOfArrayFormulaGroup()) {
                    CellRangeAddress array = cell.getArrayFormulaRange();
                    if (array.getNumberOfCells() > 1 && region.intersects(array)) {
                        throw new IllegalStateException("The range " + region.formatAsString() + " intersects with a "
                                + "multi-cell array formula. You cannot merge cells of an array.");
                    }
                }
            }
        }
        for (CellRangeAddress m : merged) {
            if (m.intersects(region)) {
                throw new IllegalStateException("Cannot add merged region " + region.formatAsString() + " to sheet because it "
                        + "overlaps with an existing merged region (" + m.formatAsString() + ").");
            }
        }
        sheet.addMergedRegionUnsafe(region);
        merged.add(region);
    }
}
