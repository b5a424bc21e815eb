package cn.jixiao.rollup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Copies one sheet's XML from a source workbook into a part of the summary book, streaming: cell,
 * row and column styles become the book's (see {@link StyleMap}), shared strings become inline
 * strings (a shared string's runs and an inline string are the same type, so they are set down
 * verbatim), the sheet is no longer selected (else Excel opens the book with its sheets grouped),
 * its protection is lifted (the summary book's forms are for reading and annotating), and the
 * parts it points at through relationships, which the book does not carry, are left out and named
 * in what is returned: pictures and drawings, comments, Excel tables, controls and embedded
 * objects, external links, extensions.
 */
final class SheetSplicer {

    /** What of a sheet was left out because it lives in parts of its own; the labels are message keys' tails. */
    static final String PICTURES = "pictures";
    static final String COMMENTS = "comments";
    static final String TABLES = "tables";
    static final String OBJECTS = "objects";
    static final String LINKS = "links";
    static final String EXTENSIONS = "extensions";

    /** Parts up to this size are copied as bytes, larger ones streamed as XML. */
    private static final int RAW_LIMIT = 16 << 20;

    private final StyleMap styles;

    SheetSplicer(StyleMap styles) {
        this.styles = styles;
    }

    /**
     * Writes the sheet's part to out (UTF-8); returns what was left out of it (empty when nothing
     * was). A part of the usual make is copied as bytes ({@link RawSheetSplice}), any other read
     * and written again as XML.
     */
    Set<String> splice(SourceBook book, SourceBook.SheetPart sheet, OutputStream out) throws IOException {
        StyleMap.Source style = book.styles(styles);
        byte[] part;
        try (InputStream in = book.open(sheet.part())) {
            part = in.readNBytes(RAW_LIMIT + 1);
        }
        boolean whole = part.length <= RAW_LIMIT;
        Comments comments = new Comments(book, sheet);
        if (whole) {
            Set<String> dropped = new TreeSet<>();
            try {
                RawSheetSplice.Buffer b = RawSheetSplice.splice(part, rawSource(book, style, comments), dropped);
                out.write(b.bytes(), 0, b.length());
                return dropped;
            } catch (RawSheetSplice.Unfit e) {
                // Not of the usual make: read as XML below.
            }
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Set<String> dropped;
        try (InputStream in = whole ? new ByteArrayInputStream(part) : book.open(sheet.part())) {
            dropped = splice(in, sheet, style, book, comments, w);
        }
        w.flush();
        return dropped;
    }

    /** What the copy as bytes needs of the source book. */
    static RawSheetSplice.Source rawSource(SourceBook book, StyleMap.Source style, Comments comments) {
        return new RawSheetSplice.Source() {
            @Override
            public int xf(int index) {
                return style.xf(index);
            }

            @Override
            public int dxf(int index) {
                return style.dxf(index);
            }

            @Override
            public byte[] string(int index) throws IOException {
                return book.stringBytes(index);
            }

            @Override
            public boolean comments() throws IOException {
                return comments.get();
            }
        };
    }

    /** The splice as XML read and written again, whatever the part's make (what {@link #splice} falls back on). */
    Set<String> spliceAsXml(SourceBook book, SourceBook.SheetPart sheet, Writer out) throws IOException {
        try (InputStream in = book.open(sheet.part())) {
            return splice(in, sheet, book.styles(styles), book, new Comments(book, sheet), out);
        }
    }

    /** Whether the sheet has comments, looked up once and only when asked (its relationships are another part). */
    static final class Comments {
        private final SourceBook book;
        private final SourceBook.SheetPart sheet;
        private Boolean has;

        Comments(SourceBook book, SourceBook.SheetPart sheet) {
            this.book = book;
            this.sheet = sheet;
        }

        boolean get() throws IOException {
            if (has == null) {
                has = book.hasComments(sheet);
            }
            return has;
        }
    }

    private Set<String> splice(InputStream in, SourceBook.SheetPart sheet, StyleMap.Source style, SourceBook book,
                               Comments comments, Writer out) throws IOException {
        List<String> strings = book.strings();
        Set<String> dropped = new TreeSet<>();
        try {
            XMLStreamReader r = Xml.reader(in);
            Xml.Out w = new Xml.Out(out, false);
            w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
            int depth = 0;
            // Kept hyperlinks are held until the list closes: an empty <hyperlinks/> is not allowed.
            StringWriter links = null;
            Xml.Out linkOut = null;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    boolean main = SourceBook.MAIN.equals(r.getNamespaceURI());
                    if (depth == 0 && !(main && "worksheet".equals(name))) {
                        throw new SourceBook.NotSpliceable("not a transitional worksheet: " + r.getNamespaceURI());
                    }
                    String drop = depth == 1 ? dropped(r, name, main, comments) : null;
                    if (drop != null) {
                        if (!drop.isEmpty()) {
                            dropped.add(drop);
                        }
                        skip(r);
                        continue;
                    }
                    if (depth == 1 && main && "hyperlinks".equals(name)) {
                        links = new StringWriter();
                        linkOut = new Xml.Out(links, true);
                        depth++;
                        continue;
                    }
                    if (depth == 2 && linkOut != null && main && "hyperlink".equals(name)) {
                        if (r.getAttributeValue(SourceBook.RELATIONSHIPS, "id") != null) {
                            dropped.add(LINKS);
                            skip(r);
                        } else {
                            linkOut.start(r, null, false);
                            linkOut.raw("/>");
                            skip(r);
                        }
                        continue;
                    }
                    if (main && "c".equals(name) && "s".equals(r.getAttributeValue(null, "t"))) {
                        cell(r, w, style, strings);
                        continue;
                    }
                    w.start(r, attributes(name, main, style), depth == 0);
                    w.closeStart();
                    depth++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if (depth == 1 && linkOut != null && "hyperlinks".equals(r.getLocalName())) {
                        if (!links.toString().isEmpty()) {
                            w.raw("<hyperlinks>" + links + "</hyperlinks>");
                        }
                        links = null;
                        linkOut = null;
                        continue;
                    }
                    w.end(r);
                } else if (depth > 0 && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA)) {
                    w.text(r.getText());
                }
            }
            r.close();
        } catch (XMLStreamException ex) {
            throw new IOException(sheet.part() + ": " + ex.getMessage(), ex);
        }
        return dropped;
    }

    /** Why a child of the worksheet is left out: a label for what the user is told, "" for no mention, null to keep it. */
    private static String dropped(XMLStreamReader r, String name, boolean main, Comments comments)
            throws IOException {
        if (!main) {
            // mc:AlternateContent wraps controls and embedded objects in what Excel writes.
            return "AlternateContent".equals(r.getLocalName()) ? OBJECTS : null;
        }
        return switch (name) {
            case "drawing", "picture", "legacyDrawingHF" -> PICTURES;
            case "legacyDrawing" -> comments.get() ? COMMENTS : OBJECTS;
            case "oleObjects", "controls" -> OBJECTS;
            case "tableParts" -> TABLES;
            case "extLst" -> EXTENSIONS;
            case "customProperties", "webPublishItems" -> OBJECTS;
            case "sheetProtection" -> "";
            default -> null;
        };
    }

    private Xml.Attributes attributes(String element, boolean main, StyleMap.Source style) {
        if (!main) {
            return null;
        }
        return switch (element) {
            case "c", "row" -> (ns, local, v) -> ns.isEmpty() && "s".equals(local) ? String.valueOf(style.xf(parse(v))) : v;
            case "col" -> (ns, local, v) -> ns.isEmpty() && "style".equals(local) ? String.valueOf(style.xf(parse(v))) : v;
            case "cfRule" -> (ns, local, v) -> ns.isEmpty() && "dxfId".equals(local) ? String.valueOf(style.dxf(parse(v))) : v;
            case "sheetView" -> (ns, local, v) -> ns.isEmpty() && "tabSelected".equals(local) ? null : v;
            // The printer settings part is not carried.
            case "pageSetup" -> (ns, local, v) -> SourceBook.RELATIONSHIPS.equals(ns) ? null : v;
            default -> null;
        };
    }

    /** A shared-string cell written as an inline string. */
    private static void cell(XMLStreamReader r, Xml.Out w, StyleMap.Source style, List<String> strings)
            throws XMLStreamException {
        w.start(r, (ns, local, v) -> !ns.isEmpty() ? v
                : "t".equals(local) ? "inlineStr" : "s".equals(local) ? String.valueOf(style.xf(parse(v))) : v, false);
        w.closeStart();
        int depth = 0;
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (depth == 0 && "v".equals(r.getLocalName())) {
                    int i = parse(r.getElementText().trim());
                    w.raw("<is>" + (i >= 0 && i < strings.size() ? strings.get(i) : "<t></t>") + "</is>");
                    continue;
                }
                w.start(r, null, false);
                w.closeStart();
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                w.end(r);
                if (depth-- == 0) {
                    return;
                }
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                w.text(r.getText());
            }
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 0;
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
                return;
            }
        }
    }

    private static int parse(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
