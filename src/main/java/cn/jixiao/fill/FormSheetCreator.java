package cn.jixiao.fill;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jxls.transform.poi.PoiSheetCreator;

/**
 * Creates each project's sheet as a clone of the template's form sheet, then empties its cells.
 * The clone keeps what a finance officer added to the template that jxls does not copy cell by
 * cell (a logo or other pictures, the sheet's tab colour and view); emptying it keeps the
 * template's merged cells, drop-downs and markers from colliding with what jxls writes once
 * an indicator table has grown or shrunk.
 */
final class FormSheetCreator extends PoiSheetCreator {

    FormSheetCreator() {
        setCloneSheet(true);
    }

    @Override
    public Object createSheet(Object workbook, String sourceSheetName, String targetSheetName) {
        Sheet dest = (Sheet) super.createSheet(workbook, sourceSheetName, targetSheetName);
        while (dest.getNumMergedRegions() > 0) {
            dest.removeMergedRegion(dest.getNumMergedRegions() - 1);
        }
        for (int r = dest.getLastRowNum(); r >= dest.getFirstRowNum() && r >= 0; r--) {
            if (dest.getRow(r) != null) {
                dest.removeRow(dest.getRow(r));
            }
        }
        if (dest instanceof XSSFSheet x && x.getCTWorksheet().isSetDataValidations()) {
            x.getCTWorksheet().unsetDataValidations();
        }
        if (dest instanceof XSSFSheet x) {
            while (x.getSheetConditionalFormatting().getNumConditionalFormattings() > 0) {
                x.getSheetConditionalFormatting().removeConditionalFormatting(0);
            }
        }
        return dest;
    }
}
