package cn.jixiao.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Draws a form onto a template sheet: labels, input cells with their markers, merges, jxls comments. */
final class SheetDrawer {

    private final Sheet sheet;
    private final TemplateStyles styles;
    /** Made with the first comment: a sheet without any carries no (empty) drawing part. */
    private Drawing<?> drawing;
    private final CreationHelper helper;

    SheetDrawer(Sheet sheet, TemplateStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.helper = sheet.getWorkbook().getCreationHelper();
    }

    TemplateStyles styles() {
        return styles;
    }

    Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    /** Text in a cell (or a merged block r1..r2 × c1..c2), every cell of the block styled alike. */
    SheetDrawer put(int r1, int c1, int r2, int c2, String text, CellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(r, c).setCellStyle(style);
            }
        }
        if (text != null) {
            cell(r1, c1).setCellValue(text);
        }
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
        return this;
    }

    SheetDrawer put(int r, int c, String text, CellStyle style) {
        return put(r, c, r, c, text, style);
    }

    SheetDrawer formula(int r, int c, String formula, CellStyle style) {
        Cell cell = cell(r, c);
        cell.setCellStyle(style);
        cell.setCellFormula(formula);
        return this;
    }

    /** A jxls command: jxls 3 reads its commands from cell comments. */
    SheetDrawer command(int r, int c, String text) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setRow1(r);
        anchor.setCol1(c);
        anchor.setRow2(r + 3);
        anchor.setCol2(c + 3);
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("jixiao");
        cell(r, c).setCellComment(comment);
        return this;
    }

    void height(int row, float points) {
        cell(row, 0);
        sheet.getRow(row).setHeightInPoints(points);
    }

    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }
}
