package cn.jixiao.template;

import cn.jixiao.registry.FormFamily;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws the official templates of templates/ from scratch: the files a finance officer may edit
 * in Excel, and what {@code jixiao templates --force} writes back when an edit went wrong.
 */
public final class OfficialTemplates {

    /** Sheet names the filler looks for in every template. */
    public static final String TOC_SHEET = "目录";
    public static final String FORM_SHEET = "表单";
    /** Raised when a change to the drawn templates would break workbooks filled from older ones. */
    public static final String VERSION = "1";

    private OfficialTemplates() {
    }

    public static void write(FormFamily family, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(wb);
            Sheet toc = wb.createSheet(TOC_SHEET);
            TocSheet.draw(new SheetDrawer(toc, styles), family);
            landscape(toc, true);
            Sheet form = wb.createSheet(FORM_SHEET);
            SheetDrawer d = new SheetDrawer(form, styles);
            FormLayout layout = switch (family) {
                case MUBIAO -> MubiaoForm.draw(d);
                case SHENBAO -> ShenbaoForm.draw(d);
                case ZIPING -> ZipingForm.draw(d);
            };
            String lastCell = (char) ('A' + Math.max(layout.lastCol(), family == FormFamily.ZIPING ? 11 : 0))
                    + String.valueOf(layout.lastRow() + 1);
            d.command(0, 0, "jx:area(lastCell=\"" + lastCell + "\")\n"
                    + "jx:each(items=\"projects\" var=\"p\" multisheet=\"sheetNames\" lastCell=\"" + lastCell + "\")");
            landscape(form, false);
            wb.setPrintArea(wb.getSheetIndex(form), 0, layout.lastCol(), 0, layout.lastRow());
            wb.write(out);
        }
    }

    /** A4, fitted to the page width, centred: the way the paper forms print. */
    static void pageSetup(Sheet sheet, boolean landscape) {
        landscape(sheet, landscape);
    }

    private static void landscape(Sheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
    }
}
