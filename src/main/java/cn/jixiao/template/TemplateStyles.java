package cn.jixiao.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The look of the official forms: 宋体, thin borders, labels centred and locked, input cells
 * unlocked and tinted so a unit sees at once what it is to fill in.
 */
final class TemplateStyles {

    /** The CJK font of the paper forms; LibreOffice and WPS substitute their own CJK font when absent. */
    static final String FONT = "宋体";
    /** Colours as ARGB (alpha first): the ECMA-376 schema wants four bytes where three pass in LibreOffice but not in Excel. */
    private static final byte[] INPUT_TINT = argb(0xFFF8DC);
    private static final byte[] HEADER_TINT = argb(0xE8ECF1);
    /** The check columns beside a 自评表: grey, outside the print area, plainly not part of the form. */
    private static final byte[] CHECK_TINT = argb(0xF2F2F2);

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle labelLeft;
    final CellStyle header;
    final CellStyle input;
    final CellStyle inputCentre;
    final CellStyle money;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle inputPercent;
    final CellStyle formula;
    final CellStyle note;
    final CellStyle check;

    TemplateStyles(Workbook wb) {
        Font plain = font(wb, 11, false, false);
        Font bold = font(wb, 11, true, false);
        title = style(wb, font(wb, 16, true, false), false, HorizontalAlignment.CENTER, true, null);
        subtitle = style(wb, font(wb, 12, false, false), false, HorizontalAlignment.CENTER, true, null);
        label = style(wb, plain, true, HorizontalAlignment.CENTER, true, null);
        labelLeft = style(wb, plain, true, HorizontalAlignment.LEFT, true, null);
        header = style(wb, bold, true, HorizontalAlignment.CENTER, true, HEADER_TINT);
        input = style(wb, plain, true, HorizontalAlignment.LEFT, false, INPUT_TINT);
        inputCentre = style(wb, plain, true, HorizontalAlignment.CENTER, false, INPUT_TINT);
        money = style(wb, plain, true, HorizontalAlignment.RIGHT, false, INPUT_TINT);
        money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        number = style(wb, plain, true, HorizontalAlignment.CENTER, false, INPUT_TINT);
        percent = style(wb, plain, true, HorizontalAlignment.CENTER, true, null);
        percent.setDataFormat(wb.createDataFormat().getFormat(cn.jixiao.registry.Evaluation.RATE_FORMAT));
        inputPercent = style(wb, plain, true, HorizontalAlignment.CENTER, false, INPUT_TINT);
        inputPercent.setDataFormat(wb.createDataFormat().getFormat(cn.jixiao.registry.Evaluation.RATE_FORMAT));
        formula = style(wb, plain, true, HorizontalAlignment.RIGHT, true, null);
        formula.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        note = style(wb, font(wb, 9, false, true), false, HorizontalAlignment.LEFT, true, null);
        check = style(wb, font(wb, 9, false, true), false, HorizontalAlignment.CENTER, true, CHECK_TINT);
        check.setDataFormat(wb.createDataFormat().getFormat("0.##"));
    }

    /** An opaque colour 0xRRGGBB as the four ARGB bytes styles.xml must hold. */
    static byte[] argb(int rgb) {
        return new byte[] {(byte) 0xFF, (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    private static Font font(Workbook wb, int points, boolean bold, boolean italic) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, boolean border, HorizontalAlignment align,
                                   boolean locked, byte[] tint) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setLocked(locked);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (tint != null) {
            s.setFillForegroundColor(new XSSFColor(tint, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
