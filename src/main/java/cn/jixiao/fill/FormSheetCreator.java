package cn.jixiao.fill;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jxls.transform.poi.PoiSheetCreator;

/**
 * Creates each project's sheet. When the template's form sheet carries pictures (a logo a finance
 * officer added), the sheet is a clone of it, emptied of cells, merges, drop-downs and conditional
 * formats: the pictures come along, and nothing of the template collides with what jxls writes once
 * an indicator table has grown or shrunk. Without pictures a fresh sheet is created, which is much
 * cheaper than a clone when thousands of forms are filled.
 */
final class FormSheetCreator extends PoiSheetCreator {

    @Override
    public Object createSheet(Object workbook, String sourceSheetName, String targetSheetName) {
        Sheet source = ((Workbook) workbook).getSheet(sourceSheetName);
        boolean pictures = source instanceof XSSFSheet x && x.getDrawingPatriarch() != null
                && !x.getDrawingPatriarch().getShapes().isEmpty();
        setCloneSheet(pictures);
        Sheet dest = (Sheet) super.createSheet(workbook, sourceSheetName, targetSheetName);
        if (pictures) {
            empty((XSSFSheet) dest);
        }
        return dest;
    }

    private static void empty(XSSFSheet dest) {
        while (dest.getNumMergedRegions() > 0) {
            dest.removeMergedRegion(dest.getNumMergedRegions() - 1);
        }
        for (int r = dest.getLastRowNum(); r >= 0; r--) {
            if (dest.getRow(r) != null) {
                dest.removeRow(dest.getRow(r));
            }
        }
        if (dest.getCTWorksheet().isSetDataValidations()) {
            dest.getCTWorksheet().unsetDataValidations();
        }
        while (dest.getSheetConditionalFormatting().getNumConditionalFormattings() > 0) {
            dest.getSheetConditionalFormatting().removeConditionalFormatting(0);
        }
    }
}
