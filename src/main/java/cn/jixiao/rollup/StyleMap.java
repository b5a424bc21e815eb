package cn.jixiao.rollup;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTNumFmt;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;

/**
 * The summary book's style table, into which the styles of spliced form sheets are registered:
 * a source workbook's cell style (xf with its font, fill, border and number format) becomes the
 * book's style that reads the same, made once however many workbooks use it, so a book of
 * thousands of forms keeps the few dozen styles the forms have between them.
 */
final class StyleMap {

    /** First number format id a workbook defines itself; those below are built in and mean the same everywhere. */
    private static final int FIRST_CUSTOM_FORMAT = 164;

    private final StylesTable book;
    private final Map<String, Integer> xfs = new HashMap<>();
    private final Map<String, Integer> dxfs = new HashMap<>();

    StyleMap(StylesTable book) {
        this.book = book;
    }

    /** One source workbook's styles, mapped into the book as its sheets ask for them. */
    Source source(InputStream stylesXml) throws IOException {
        if (stylesXml == null) {
            return new Source(null);
        }
        try {
            return new Source(StyleSheetDocument.Factory.parse(stylesXml).getStyleSheet());
        } catch (XmlException e) {
            throw new IOException("styles.xml: " + e.getMessage(), e);
        }
    }

    final class Source {
        private final CTStylesheet styles;
        private final Map<Integer, Integer> xfMap = new HashMap<>();
        private final Map<Integer, Integer> dxfMap = new HashMap<>();

        private Source(CTStylesheet styles) {
            this.styles = styles;
        }

        /** The book's cell style index for the source's cellXfs index (0, the default, for one it does not have). */
        int xf(int index) {
            return xfMap.computeIfAbsent(index, this::registerXf);
        }

        /** The book's dxf index (a conditional format's look) for the source's. */
        int dxf(int index) {
            return dxfMap.computeIfAbsent(index, this::registerDxf);
        }

        private int registerXf(int index) {
            if (styles == null || !styles.isSetCellXfs() || index < 0 || index >= styles.getCellXfs().sizeOfXfArray()) {
                return 0;
            }
            CTXf xf = (CTXf) styles.getCellXfs().getXfArray(index).copy();
            CTFont font = xf.isSetFontId() && styles.isSetFonts()
                    && xf.getFontId() < styles.getFonts().sizeOfFontArray()
                    ? styles.getFonts().getFontArray((int) xf.getFontId()) : null;
            CTFill fill = xf.isSetFillId() && styles.isSetFills()
                    && xf.getFillId() < styles.getFills().sizeOfFillArray()
                    ? styles.getFills().getFillArray((int) xf.getFillId()) : null;
            CTBorder border = xf.isSetBorderId() && styles.isSetBorders()
                    && xf.getBorderId() < styles.getBorders().sizeOfBorderArray()
                    ? styles.getBorders().getBorderArray((int) xf.getBorderId()) : null;
            String format = xf.isSetNumFmtId() ? formatCode((int) xf.getNumFmtId()) : null;
            // The canonical form: the xf without its indexes, and what they point at, spelled out.
            xf.unsetFontId();
            xf.unsetFillId();
            xf.unsetBorderId();
            if (xf.isSetNumFmtId()) {
                xf.unsetNumFmtId();
            }
            if (xf.isSetXfId()) {
                xf.unsetXfId();
            }
            String key = xf.xmlText() + "|" + (font == null ? "" : font.xmlText()) + "|"
                    + (fill == null ? "" : fill.xmlText()) + "|" + (border == null ? "" : border.xmlText()) + "|" + format;
            return xfs.computeIfAbsent(key, k -> {
                xf.setFontId(font == null ? 0 : book.putFont(new XSSFFont((CTFont) font.copy()), false));
                xf.setFillId(fill == null ? 0 : book.putFill(new XSSFCellFill((CTFill) fill.copy(), null)));
                xf.setBorderId(border == null ? 0 : book.putBorder(new XSSFCellBorder((CTBorder) border.copy())));
                xf.setNumFmtId(format == null ? 0 : formatId(format));
                xf.setXfId(0);
                return book.putCellXf(xf) - 1;
            });
        }

        private int registerDxf(int index) {
            if (styles == null || !styles.isSetDxfs() || index < 0 || index >= styles.getDxfs().sizeOfDxfArray()) {
                return 0;
            }
            CTDxf dxf = (CTDxf) styles.getDxfs().getDxfArray(index).copy();
            return dxfs.computeIfAbsent(dxf.xmlText(), k -> book.putDxf(dxf) - 1);
        }

        /** A number format id as its code (built-in ids as themselves, marked so they do not collide with a code). */
        private String formatCode(int id) {
            if (id < FIRST_CUSTOM_FORMAT) {
                return "#" + id;
            }
            if (styles.isSetNumFmts()) {
                for (CTNumFmt f : styles.getNumFmts().getNumFmtArray()) {
                    if (f.getNumFmtId() == id) {
                        return "=" + f.getFormatCode();
                    }
                }
            }
            return "#0";
        }
    }

    private int formatId(String code) {
        return code.startsWith("#") ? Integer.parseInt(code.substring(1)) : book.putNumberFormat(code.substring(1));
    }
}
