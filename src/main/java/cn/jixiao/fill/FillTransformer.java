package cn.jixiao.fill;

import cn.jixiao.util.CellKeys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.jxls.builder.JxlsStreaming;
import org.jxls.common.CellData;
import org.jxls.common.CellRef;
import org.jxls.common.Context;
import org.jxls.common.SheetData;
import org.jxls.transform.Transformer;
import org.jxls.transform.poi.PoiCellData;
import org.jxls.transform.poi.PoiSheetData;
import org.jxls.transform.poi.PoiTransformer;
import org.jxls.transform.poi.PoiTransformerFactory;

/**
 * jxls' own PoiTransformer without two steps that change nothing in the file. It blanks every
 * target cell before writing it, and blanking a cell POI has just created (already blank) makes a
 * new cell element and copies its reference and style over: about a tenth of a fill's CPU, the
 * profile said. And it sets a column's width again for every cell of the column. Cells that
 * already existed (a sheet filled in place, a cell written twice) are still blanked first, as jxls
 * does; everything else is jxls' code path. FillTransformerTest checks that each workbook comes
 * out byte for byte as with jxls' own transformer.
 */
final class FillTransformer extends PoiTransformer {

    /** Per target sheet, the widths this transformer set and that still hold. */
    private final Map<Sheet, Map<Integer, Integer>> widths = new IdentityHashMap<>();

    /** The sheet the last cell went to, and the name it was asked for by. */
    private String lastSheetName;
    private Sheet lastSheet;

    /** Per template cell, whether it is empty with nothing but a style to carry over. */
    private final Map<CellData, Boolean> plainBlanks = new IdentityHashMap<>();

    /**
     * The template's cells with a link or a comment, by sheet, as jxls read them: writing a cell
     * moves the template's own link object to the target (POI's setHyperlink), so the template
     * sheet cannot be asked later.
     */
    private final Map<String, Set<Long>> linkedOrCommented = new HashMap<>();

    FillTransformer(Workbook workbook) {
        super(workbook, false);
        for (Sheet sheet : workbook) {
            Set<Long> cells = new HashSet<>();
            for (Hyperlink link : sheet.getHyperlinkList()) {
                for (int r = link.getFirstRow(); r <= link.getLastRow(); r++) {
                    for (int c = link.getFirstColumn(); c <= link.getLastColumn(); c++) {
                        cells.add(CellKeys.of(r, c));
                    }
                }
            }
            for (CellAddress a : sheet.getCellComments().keySet()) {
                cells.add(CellKeys.of(a.getRow(), a.getColumn()));
            }
            linkedOrCommented.put(sheet.getSheetName(), cells);
        }
    }


    /** Makes FillTransformers where jxls would make its PoiTransformer (jixiao never streams a fill). */
    static final class Factory extends PoiTransformerFactory {
        @Override
        protected Transformer createTransformer(Workbook workbook, JxlsStreaming streaming) {
            boolean plain = !streaming.isStreaming() && !streaming.isAutoDetect() && streaming.getSheetNames() == null;
            return plain ? new FillTransformer(workbook) : super.createTransformer(workbook, streaming);
        }
    }

    /**
     * The sheet a cell goes to. jxls looks it up by name for every cell, and POI compares the name
     * with each sheet's, read from its XML element: about 2% of a fill. Cells come sheet by sheet,
     * so the last sheet is kept while it is still in the workbook; jxls does not rename sheets
     * while it fills them, and a name it has not seen last goes to jxls' own lookup.
     */
    @Override
    protected Sheet getSheet(CellRef srcCellRef, CellRef targetCellRef) {
        String name = targetCellRef.getSheetName();
        if (lastSheet != null && name != null && name.equals(lastSheetName) && getWorkbook().getSheetIndex(lastSheet) >= 0) {
            return lastSheet;
        }
        Sheet sheet = super.getSheet(srcCellRef, targetCellRef);
        lastSheetName = name;
        lastSheet = sheet;
        return sheet;
    }

    /** PoiTransformer.transformCell (jxls 3.1.0), with the blanking of a just-created cell left out. */
    @Override
    protected void transformCell(CellRef srcCellRef, CellRef targetCellRef, Context context,
                                 boolean updateRowHeightFlag, CellData cellData, Sheet destSheet, Row destRow) {
        SheetData sheetData = sheetMap.get(srcCellRef.getSheetName());
        if (!isIgnoreColumnProps()) {
            setColumnWidth(destSheet, targetCellRef.getCol(), sheetData.getColumnWidth(srcCellRef.getCol()));
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
            if (created && isPlainBlank(cellData, sheetData)) {
                // writeToCell less its setBlank: the template cell is empty and POI's new cell already is.
                destCell.setCellStyle(((PoiCellData) cellData).getCellStyle());
                ((PoiSheetData) sheetData).updateConditionalFormatting((PoiCellData) cellData, destCell);
            } else {
                ((PoiCellData) cellData).writeToCell(destCell, context, this);
            }
            copyMergedRegions(cellData, targetCellRef);
        } catch (Exception e) {
            getLogger().handleCellException(e, cellData.toString(), context);
        }
    }

    /**
     * An empty template cell with nothing to carry over but its style and conditional formats: no
     * value, formula, comment or link. jxls' writeToCell blanks its target, which for a cell POI has
     * just made only makes a new empty cell element to replace the empty one (the indicator rows'
     * empty input columns: about 3% of a fill's CPU). Asked once per template cell.
     */
    private boolean isPlainBlank(CellData cellData, SheetData sheetData) {
        return plainBlanks.computeIfAbsent(cellData, c -> {
            if (c.getCellType() != CellData.CellType.BLANK || c.getCellValue() != null || c.getFormula() != null
                    || c.getCellComment() != null || !(c instanceof PoiCellData) || !(sheetData instanceof PoiSheetData)) {
                return false;
            }
            Set<Long> marked = linkedOrCommented.get(c.getSheetName());
            return marked == null || !marked.contains(CellKeys.of(c.getRow(), c.getCol()));
        });
    }

    /**
     * jxls sets the column's width for every cell it writes, and each setting searches the
     * sheet's column elements twice; a width this transformer already set is not set again. That
     * holds where several columns share one column element too: setting a width leaves the column
     * with an element of its own (POI splits it out to mark it customWidth), so no later setting
     * changes the width of a column set before.
     */
    void setColumnWidth(Sheet sheet, int col, int width) {
        Integer known = widths.computeIfAbsent(sheet, s -> new HashMap<>()).put(col, width);
        if (known == null || known != width) {
            sheet.setColumnWidth(col, width);
        }
    }
}
