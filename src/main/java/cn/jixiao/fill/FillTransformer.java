package cn.jixiao.fill;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jxls.builder.JxlsStreaming;
import org.jxls.common.CellData;
import org.jxls.common.CellRef;
import org.jxls.common.Context;
import org.jxls.common.SheetData;
import org.jxls.transform.Transformer;
import org.jxls.transform.poi.PoiCellData;
import org.jxls.transform.poi.PoiTransformer;
import org.jxls.transform.poi.PoiTransformerFactory;

/**
 * jxls' own PoiTransformer without one step that changes nothing in the file: it blanks every
 * target cell before writing it, and blanking a cell POI has just created (already blank) makes a
 * new cell element and copies its reference and style over (about a tenth of a fill's CPU, the
 * profile said). Cells that already existed (a sheet filled in place, a cell written twice) are
 * still blanked first, as jxls does. Everything else is jxls' code path; FillTransformerTest
 * checks that a workbook comes out byte for byte as with jxls' transformer.
 */
final class FillTransformer extends PoiTransformer {

    private FillTransformer(Workbook workbook) {
        super(workbook, false);
    }

    /** Makes FillTransformers where jxls would make its PoiTransformer (jixiao never streams a fill). */
    static final class Factory extends PoiTransformerFactory {
        @Override
        protected Transformer createTransformer(Workbook workbook, JxlsStreaming streaming) {
            boolean plain = !streaming.isStreaming() && !streaming.isAutoDetect() && streaming.getSheetNames() == null;
            return plain ? new FillTransformer(workbook) : super.createTransformer(workbook, streaming);
        }
    }

    /** PoiTransformer.transformCell (jxls 3.1.0), with the blanking of a just-created cell left out. */
    @Override
    protected void transformCell(CellRef srcCellRef, CellRef targetCellRef, Context context,
                                 boolean updateRowHeightFlag, CellData cellData, Sheet destSheet, Row destRow) {
        SheetData sheetData = sheetMap.get(srcCellRef.getSheetName());
        if (!isIgnoreColumnProps()) {
            destSheet.setColumnWidth(targetCellRef.getCol(), sheetData.getColumnWidth(srcCellRef.getCol()));
        }
        if (updateRowHeightFlag && !isIgnoreRowProps()) {
            destRow.setHeight((short) sheetData.getRowData(srcCellRef.getRow()).getHeight());
        }
        Cell destCell = destRow.getCell(targetCellRef.getCol());
        boolean created = destCell == null;
        if (created) {
            destCell = destRow.createCell(targetCellRef.getCol());
        }
        try {
            if (!created) {
                destCell.setBlank();
            }
            ((PoiCellData) cellData).writeToCell(destCell, context, this);
            copyMergedRegions(cellData, targetCellRef);
        } catch (Exception e) {
            getLogger().handleCellException(e, cellData.toString(), context);
        }
    }
}
