package cn.jixiao.rollup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
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
 * hundreds of forms keeps the few dozen styles their workbooks have between them.
 *
 * <p>Forms are spliced on several threads while the book's own sheets are written on another, so
 * the styles are not put into the book's table as they are met (POI's table is not thread-safe):
 * each new style gets the next index after the book's own styles, and {@link #commit} puts them
 * all into the table, in that order, once the splicing is done: after the book's own parts are
 * written (they use none of them), so its styles part is written again from the table ({@link
 * #part}) as the forms are set in. The book's own sheets must make no new style in between;
 * commit checks that they did not.
 */
final class StyleMap {

    /** First number format id a workbook defines itself; those below are built in and mean the same everywhere. */
    private static final int FIRST_CUSTOM_FORMAT = 164;

    /**
     * A workbook's styles are mapped all at once (see {@link Source#registerAll}) when it has no
     * more than this many (the templates' have a few dozen; a workbook edited for years may have
     * thousands, most of them used by no cell), and while the book has no more than {@link
     * #AHEAD_IN_ALL} styles of the forms: the rest are mapped as their cells ask for them, so a
     * book does not fill up with styles nobody uses (Excel takes some 64,000).
     */
    private static final int AHEAD = 256;
    private static final int AHEAD_IN_ALL = 4096;

    /** Styles parts whose mappings are kept: the returns of a rollup come from a handful of templates and programs. */
    private static final int RECENT = 16;

    /** A cell style of the forms, canonical (no ids), with what its ids pointed at in its source. */
    private record Xf(CTXf xf, CTFont font, CTFill fill, CTBorder border, String format) {
    }

    private final StylesTable book;
    /** The book's own styles and conditional looks, before those of the forms. */
    private final int xfBase;
    private final int dxfBase;
    private final Map<String, Integer> xfs = new HashMap<>();
    private final Map<String, Integer> dxfs = new HashMap<>();
    private final List<Xf> newXfs = new ArrayList<>();
    private final List<CTDxf> newDxfs = new ArrayList<>();
    private boolean committed;
    /** The mappings of the last few styles parts met, by the part's bytes. */
    private final Map<ByteBuffer, Source> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Source> eldest) {
            return size() > RECENT;
        }
    };

    StyleMap(StylesTable book) {
        this.book = book;
        xfBase = book.getNumCellStyles();
        dxfBase = book._getDXfsSize();
    }

    /**
     * Puts the forms' styles into the book's table at the indexes the spliced sheets were given;
     * call once, after the last splice, on the thread that writes the book.
     */
    synchronized void commit() {
        if (committed) {
            throw new IllegalStateException("the forms' styles are in the book already");
        }
        committed = true;
        if (book.getNumCellStyles() != xfBase || book._getDXfsSize() != dxfBase) {
            throw new IllegalStateException("the book made styles of its own while forms were spliced: "
                    + xfBase + " → " + book.getNumCellStyles() + " cell styles, " + dxfBase + " → "
                    + book._getDXfsSize() + " conditional formats");
        }
        for (Xf x : newXfs) {
            CTXf xf = x.xf();
            xf.setFontId(x.font() == null ? 0 : book.putFont(new XSSFFont(x.font()), false));
            xf.setFillId(x.fill() == null ? 0 : book.putFill(new XSSFCellFill(x.fill(), null)));
            xf.setBorderId(x.border() == null ? 0 : book.putBorder(new XSSFCellBorder(x.border())));
            xf.setNumFmtId(x.format() == null ? 0 : formatId(x.format()));
            xf.setXfId(0);
            book.putCellXf(xf);
        }
        newDxfs.forEach(book::putDxf);
    }

    /**
     * The name in the zip of the book's styles part (its template's), as POI writes the entry: the
     * part's path decoded (the part name itself is percent-encoded, which a name such as
     * "xl/样式.xml" in an office's own template is not in the zip).
     */
    String partName() {
        return book.getPackagePart().getPartName().getURI().getPath().substring(1);
    }

    /**
     * The book's styles part as its table holds it now, byte for byte as POI writes the part: after
     * {@link #commit}, with the forms' styles, for a book whose own parts were written before.
     */
    byte[] part() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.writeTo(out);
        return out.toByteArray();
    }

    private synchronized int xf(String key, Supplier<Xf> x) {
        if (committed) {
            throw new IllegalStateException("a form's style came after the styles were put into the book");
        }
        return xfs.computeIfAbsent(key, k -> {
            newXfs.add(x.get());
            return xfBase + newXfs.size() - 1;
        });
    }

    private synchronized int dxf(String key, CTDxf dxf) {
        if (committed) {
            throw new IllegalStateException("a form's style came after the styles were put into the book");
        }
        return dxfs.computeIfAbsent(key, k -> {
            newDxfs.add(dxf);
            return dxfBase + newDxfs.size() - 1;
        });
    }

    /**
     * One source workbook's styles, mapped into the book all at once or as its sheets ask for them
     * (see {@link Source#registerAll}). Workbooks
     * with the same styles part (the returns of one template, as a program wrote them) share one
     * mapping, so the part is parsed and each style looked at once, not once per workbook.
     */
    Source source(InputStream stylesXml) throws IOException {
        if (stylesXml == null) {
            return new Source(null);
        }
        ByteBuffer bytes = ByteBuffer.wrap(stylesXml.readAllBytes());
        synchronized (recent) {
            Source known = recent.get(bytes);
            if (known != null) {
                return known;
            }
        }
        Source made;
        try {
            made = new Source(StyleSheetDocument.Factory.parse(new ByteArrayInputStream(bytes.array())).getStyleSheet());
        } catch (XmlException e) {
            throw new IOException("styles.xml: " + e.getMessage(), e);
        }
        synchronized (recent) {
            Source known = recent.putIfAbsent(bytes, made);
            return known != null ? known : made;
        }
    }

    /** A source workbook's styles as mapped into the book; any thread may ask. */
    final class Source {
        private final CTStylesheet styles;
        private final Map<Integer, Integer> xfMap = new ConcurrentHashMap<>();
        private final Map<Integer, Integer> dxfMap = new ConcurrentHashMap<>();

        private Source(CTStylesheet styles) {
            this.styles = styles;
        }

        /** The book's cell style index for the source's cellXfs index (0, the default, for one it does not have). */
        int xf(int index) {
            Integer mapped = xfMap.get(index);
            if (mapped == null) {
                // The source's style sheet is read one thread at a time.
                synchronized (this) {
                    mapped = xfMap.computeIfAbsent(index, this::registerXf);
                }
            }
            return mapped;
        }

        /**
         * Maps every style of the source into the book now, in the order the source has them,
         * rather than as its sheets' cells ask for them, and says so; or, when the source has more
         * than {@link #AHEAD} or the book would pass {@link #AHEAD_IN_ALL}, maps none and says
         * that. The caller asks a workbook at a time in the book's order and splices a workbook
         * mapped here beside others, one not mapped in its turn, so that the styles new to the
         * book are numbered the same in every rollup of the same returns, whichever thread splices
         * which workbook first.
         */
        boolean registerAll() {
            int xfCount = styles != null && styles.isSetCellXfs() ? styles.getCellXfs().sizeOfXfArray() : 0;
            int dxfCount = styles != null && styles.isSetDxfs() ? styles.getDxfs().sizeOfDxfArray() : 0;
            synchronized (StyleMap.this) {
                if (xfCount + dxfCount > AHEAD || newXfs.size() + newDxfs.size() + xfCount + dxfCount > AHEAD_IN_ALL) {
                    return false;
                }
            }
            synchronized (this) {
                for (int i = 0; i < xfCount; i++) {
                    xfMap.computeIfAbsent(i, this::registerXf);
                }
                for (int i = 0; i < dxfCount; i++) {
                    dxfMap.computeIfAbsent(i, this::registerDxf);
                }
            }
            return true;
        }

        /** The book's dxf index (a conditional format's look) for the source's. */
        int dxf(int index) {
            Integer mapped = dxfMap.get(index);
            if (mapped == null) {
                synchronized (this) {
                    mapped = dxfMap.computeIfAbsent(index, this::registerDxf);
                }
            }
            return mapped;
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
            // Copies: the source's style sheet is not kept, and another thread puts these into the book.
            return StyleMap.this.xf(key, () -> new Xf(xf, font == null ? null : (CTFont) font.copy(),
                    fill == null ? null : (CTFill) fill.copy(), border == null ? null : (CTBorder) border.copy(), format));
        }

        private int registerDxf(int index) {
            if (styles == null || !styles.isSetDxfs() || index < 0 || index >= styles.getDxfs().sizeOfDxfArray()) {
                return 0;
            }
            CTDxf dxf = (CTDxf) styles.getDxfs().getDxfArray(index).copy();
            return StyleMap.this.dxf(dxf.xmlText(), dxf);
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
