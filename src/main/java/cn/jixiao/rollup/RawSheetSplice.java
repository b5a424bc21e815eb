package cn.jixiao.rollup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * The splice of {@link SheetSplicer} done on the bytes of a sheet's part, for a part written the
 * way Excel, WPS, LibreOffice and POI write one (UTF-8, the spreadsheet namespace the default
 * one, declared on the root and nowhere else): what is kept is copied as it is, already escaped,
 * and only the tags the splice changes are written anew (cell, row and column styles,
 * conditional formats, the selected tab, the printer settings, shared-string cells). The part
 * was parsed in full by the read before (a malformed one never gets here), but anything this
 * does not expect (a DTD, CDATA, namespaces declared below the root, another encoding, entity
 * references where it rewrites) makes it give up with {@link Unfit} before anything is written,
 * and the caller splices the part with the XML reader instead. Both ways write the same
 * document, up to how it is spelled (prefixes, escapes, comments and processing instructions,
 * which neither carries).
 */
final class RawSheetSplice {

    /** The part is not one this copies: splice it with the XML reader. */
    static final class Unfit extends Exception {
        Unfit(String why) {
            super(why, null, false, false);
        }
    }

    /** What the splice needs of the source workbook, as the cells ask for it. */
    interface Source {
        /** The book's cell style for the source's. */
        int xf(int index);

        /** The book's conditional format look for the source's. */
        int dxf(int index);

        /** The shared string's runs, as UTF-8 XML in the spreadsheet namespace; null for one there is not. */
        byte[] string(int index) throws IOException;

        /** Whether the sheet has comments (only asked when it has a legacy drawing). */
        boolean comments() throws IOException;
    }

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMPTY_STRING = "<t></t>".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] ALTERNATECONTENT = ascii("AlternateContent");
    private static final byte[] BANG = ascii("<!");
    private static final byte[] C = ascii("c");
    private static final byte[] CDATA = ascii("<![CDATA[");
    private static final byte[] CFRULE = ascii("cfRule");
    private static final byte[] COL = ascii("col");
    private static final byte[] COMMENT = ascii("<!--");
    private static final byte[] CONTROLS = ascii("controls");
    private static final byte[] CUSTOMPROPERTIES = ascii("customProperties");
    private static final byte[] DRAWING = ascii("drawing");
    private static final byte[] DXF_ID = ascii("dxfId");
    private static final byte[] EMPTY_END = ascii("/>");
    private static final byte[] GT = ascii(">");
    private static final byte[] EQUALS = ascii("=");
    private static final byte[] EXTLST = ascii("extLst");
    private static final byte[] ID = ascii("id");
    private static final byte[] HYPERLINK = ascii("hyperlink");
    private static final byte[] HYPERLINKS = ascii("hyperlinks");
    private static final byte[] INLINE_STR = ascii("inlineStr");
    private static final byte[] IS_CLOSE = ascii("</is>");
    private static final byte[] IS_OPEN = ascii("<is>");
    private static final byte[] LEGACYDRAWING = ascii("legacyDrawing");
    private static final byte[] LEGACYDRAWINGHF = ascii("legacyDrawingHF");
    private static final byte[] LINKS_CLOSE = ascii("</hyperlinks>");
    private static final byte[] LINKS_OPEN = ascii("<hyperlinks>");
    private static final byte[] OLEOBJECTS = ascii("oleObjects");
    private static final byte[] PAGESETUP = ascii("pageSetup");
    private static final byte[] PI = ascii("<?");
    private static final byte[] PICTURE = ascii("picture");
    private static final byte[] PI_XML = ascii("<?xml");
    private static final byte[] ROW = ascii("row");
    private static final byte[] S = ascii("s");
    private static final byte[] SHEETPROTECTION = ascii("sheetProtection");
    private static final byte[] SHEETVIEW = ascii("sheetView");
    private static final byte[] SPACE = ascii(" ");
    private static final byte[] STYLE = ascii("style");
    private static final byte[] T = ascii("t");
    private static final byte[] TABLEPARTS = ascii("tableParts");
    private static final byte[] TABSELECTED = ascii("tabSelected");
    private static final byte[] V = ascii("v");
    private static final byte[] WEBPUBLISHITEMS = ascii("webPublishItems");
    private static final byte[] WORKSHEET = ascii("worksheet");
    private static final byte[] XMLNS = ascii("xmlns");
    private static final byte[] XMLNS_COLON = ascii("xmlns:");
    private static final byte[] NS_MAIN = ascii(SourceBook.MAIN);
    private static final byte[] NS_RELATIONSHIPS = ascii(SourceBook.RELATIONSHIPS);

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private final byte[] in;
    private final Source source;
    private final Set<String> dropped;
    private final Buffer out;
    private final Tag tag = new Tag();
    /** The prefix bound to the relationships namespace on the root, or null. */
    private byte[] relPrefix;
    private int p;

    private RawSheetSplice(byte[] in, Source source, Set<String> dropped) {
        this.in = in;
        this.source = source;
        this.dropped = dropped;
        out = new Buffer(in.length + (in.length >> 1) + 256);
    }

    /** The spliced part, its parts left out added to dropped; Unfit when the part is not one this copies. */
    static Buffer splice(byte[] part, Source source, Set<String> dropped) throws Unfit, IOException {
        RawSheetSplice s = new RawSheetSplice(part, source, dropped);
        s.document();
        return s.out;
    }

    /** A growable byte array. */
    static final class Buffer {
        private byte[] b;
        private int n;

        Buffer(int size) {
            b = new byte[Math.max(16, size)];
        }

        void write(byte[] src, int from, int to) {
            int len = to - from;
            if (n + len > b.length) {
                b = Arrays.copyOf(b, Math.max(b.length * 2, n + len));
            }
            System.arraycopy(src, from, b, n, len);
            n += len;
        }

        void write(byte[] src) {
            write(src, 0, src.length);
        }

        void ascii(byte[] s) {
            write(s, 0, s.length);
        }

        /** A number, in decimal. */
        void number(int v) {
            if (n + 11 > b.length) {
                b = Arrays.copyOf(b, b.length * 2 + 11);
            }
            if (v < 0) {
                b[n++] = '-';
                v = -v;
            }
            int start = n;
            do {
                b[n++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            for (int i = start, j = n - 1; i < j; i++, j--) {
                byte x = b[i];
                b[i] = b[j];
                b[j] = x;
            }
        }

        byte[] bytes() {
            return b;
        }

        int length() {
            return n;
        }
    }

    private void document() throws Unfit, IOException {
        if (in.length >= 3 && (in[0] & 0xff) == 0xEF && (in[1] & 0xff) == 0xBB && (in[2] & 0xff) == 0xBF) {
            p = 3;
        }
        prolog();
        out.write(DECLARATION);
        Tag root = tag();
        if (root.end || root.prefixLength() > 0 || !root.is(WORKSHEET)) {
            throw new Unfit("root");
        }
        rootNamespaces(root);
        out.write(in, root.start, root.stop);
        if (root.empty) {
            return;
        }
        content(1, root.nameFrom, root.nameTo);
    }

    /** Before the root: the declaration (UTF-8, version 1.0), comments, processing instructions, white space. */
    private void prolog() throws Unfit {
        while (true) {
            while (p < in.length && white(in[p])) {
                p++;
            }
            if (startsWith(PI_XML) && p + 5 < in.length && white(in[p + 5])) {
                int end = find("?>", p);
                String decl = new String(in, p, end - p, StandardCharsets.US_ASCII);
                if (!decl.matches("<\\?xml\\s+version\\s*=\\s*[\"']1\\.0[\"']"
                        + "(\\s+encoding\\s*=\\s*[\"'](?i:utf-8)[\"'])?(\\s+standalone\\s*=\\s*[\"'](yes|no)[\"'])?\\s*")) {
                    throw new Unfit("declaration");
                }
                p = end + 2;
            } else if (startsWith(PI)) {
                p = find("?>", p) + 2;
            } else if (startsWith(COMMENT)) {
                p = find("-->", p) + 3;
            } else if (p < in.length && in[p] == '<' && p + 1 < in.length && in[p + 1] != '!') {
                return;
            } else {
                throw new Unfit("prolog");
            }
        }
    }

    /** The root's namespaces: the spreadsheet one the default, no prefix for it; which prefix the relationships have. */
    private void rootNamespaces(Tag root) throws Unfit {
        boolean mainDefault = false;
        for (int a = 0; a < root.count; a++) {
            if (root.nameIs(a, XMLNS)) {
                mainDefault = root.valueIs(a, NS_MAIN);
            } else if (root.nameStartsWith(a, XMLNS_COLON)) {
                if (root.valueIs(a, NS_MAIN)) {
                    throw new Unfit("prefixed spreadsheet namespace");
                }
                if (root.valueIs(a, NS_RELATIONSHIPS)) {
                    relPrefix = Arrays.copyOfRange(in, root.attrFrom[a] + 6, root.attrTo[a]);
                }
            }
        }
        if (!mainDefault) {
            throw new Unfit("default namespace");
        }
    }

    /** Where the next markup ('<') starts; a part that ends before it is unclosed. */
    private int nextMarkup() throws Unfit {
        int lt = indexOf('<', p);
        if (lt < 0) {
            throw new Unfit("unclosed");
        }
        return lt;
    }

    /** Writes the text up to the next markup and moves there. */
    private void copyToMarkup() throws Unfit, IOException {
        int lt = nextMarkup();
        out.write(in, p, lt);
        p = lt;
    }

    /**
     * The content of an element at depth (1: the worksheet's), named in[from, to), to its end tag,
     * which is written too. Hyperlinks are held until their list closes: an empty list is not allowed.
     */
    private void content(int depth, int from, int to) throws Unfit, IOException {
        while (true) {
            copyToMarkup();
            byte next = p + 1 < in.length ? in[p + 1] : 0;
            if (next == '!' && startsWith(COMMENT)) {
                p = find("-->", p) + 3;
                continue;
            }
            if (next == '?') {
                p = find("?>", p) + 2;
                continue;
            }
            if (next == '!') {
                throw new Unfit("CDATA or declaration");
            }
            Tag t = tag();
            if (t.end) {
                closes(t, from, to);
                out.write(in, t.start, t.stop);
                return;
            }
            t.noNamespaces();
            if (depth == 1 && dropAtTop(t)) {
                continue;
            }
            if (depth == 1 && t.prefixLength() == 0 && t.is(HYPERLINKS)) {
                hyperlinks(t);
                continue;
            }
            element(t, depth);
        }
    }

    /** A start tag and its content, the changes of the splice made. */
    private void element(Tag t, int depth) throws Unfit, IOException {
        boolean main = t.prefixLength() == 0;
        if (main && t.is(C)) {
            cell(t);
            return;
        }
        if (main && t.is(ROW)) {
            rewrite(t, S, null, false);
        } else if (main && t.is(COL)) {
            rewrite(t, STYLE, null, false);
        } else if (main && t.is(CFRULE)) {
            rewrite(t, null, DXF_ID, false);
        } else if (main && t.is(SHEETVIEW)) {
            rewrite(t, null, null, true);
        } else if (main && t.is(PAGESETUP)) {
            rewrite(t, null, null, false);
        } else {
            out.write(in, t.start, t.stop);
        }
        if (!t.empty) {
            content(depth + 1, t.nameFrom, t.nameTo);
        }
    }

    /** Children of the worksheet that live in parts of their own are left out and named; true when t was. */
    private boolean dropAtTop(Tag t) throws Unfit, IOException {
        String what;
        if (t.prefixLength() > 0) {
            what = t.localIs(ALTERNATECONTENT) ? SheetSplicer.OBJECTS : null;
        } else if (t.is(DRAWING) || t.is(PICTURE) || t.is(LEGACYDRAWINGHF)) {
            what = SheetSplicer.PICTURES;
        } else if (t.is(LEGACYDRAWING)) {
            what = source.comments() ? SheetSplicer.COMMENTS : SheetSplicer.OBJECTS;
        } else if (t.is(OLEOBJECTS) || t.is(CONTROLS) || t.is(CUSTOMPROPERTIES) || t.is(WEBPUBLISHITEMS)) {
            what = SheetSplicer.OBJECTS;
        } else if (t.is(TABLEPARTS)) {
            what = SheetSplicer.TABLES;
        } else if (t.is(EXTLST)) {
            what = SheetSplicer.EXTENSIONS;
        } else if (t.is(SHEETPROTECTION)) {
            what = "";
        } else {
            what = null;
        }
        if (what == null) {
            return false;
        }
        if (!what.isEmpty()) {
            dropped.add(what);
        }
        if (!t.empty) {
            skip();
        }
        return true;
    }

    /** The hyperlinks within the sheet (to a cell, a name) are kept; those to other files or addresses are not. */
    private void hyperlinks(Tag list) throws Unfit {
        Buffer kept = new Buffer(256);
        int from = list.nameFrom;
        int to = list.nameTo;
        if (!list.empty) {
            while (true) {
                p = nextMarkup();
                if (startsWith(COMMENT)) {
                    p = find("-->", p) + 3;
                    continue;
                }
                if (startsWith(BANG) || startsWith(PI)) {
                    throw new Unfit("in hyperlinks");
                }
                Tag t = tag();
                if (t.end) {
                    closes(t, from, to);
                    break;
                }
                t.noNamespaces();
                if (t.prefixLength() > 0 || !t.is(HYPERLINK)) {
                    throw new Unfit("in hyperlinks");
                }
                if (relPrefix != null && t.has(relPrefix, ID)) {
                    dropped.add(SheetSplicer.LINKS);
                } else {
                    kept.write(in, t.start, t.empty ? t.stop - 2 : t.stop - 1);
                    kept.ascii(EMPTY_END);
                }
                if (!t.empty) {
                    skip();
                }
            }
        }
        if (kept.length() > 0) {
            out.ascii(LINKS_OPEN);
            out.write(kept.bytes(), 0, kept.length());
            out.ascii(LINKS_CLOSE);
        }
    }

    /** A cell: its style mapped; a shared string's cell written as an inline string. */
    private void cell(Tag t) throws Unfit, IOException {
        boolean shared = rewrite(t, S, null, false);
        if (t.empty) {
            return;
        }
        int from = t.nameFrom;
        int to = t.nameTo;
        if (!shared) {
            content(3, from, to);
            return;
        }
        while (true) {
            copyToMarkup();
            if (startsWith(BANG)) {
                throw new Unfit("in a cell");
            }
            if (startsWith(PI)) {
                p = find("?>", p) + 2;
                continue;
            }
            Tag c = tag();
            if (c.end) {
                closes(c, from, to);
                out.write(in, c.start, c.stop);
                return;
            }
            c.noNamespaces();
            if (c.prefixLength() == 0 && c.is(V)) {
                int i = -1;
                if (!c.empty) {
                    int close = indexOf('<', p);
                    if (close < 0) {
                        throw new Unfit("unclosed");
                    }
                    i = number(p, close);
                    if (i == -2) {
                        throw new Unfit("value");
                    }
                    p = close;
                    Tag end = tag();
                    if (!end.end || !end.is(V)) {
                        throw new Unfit("value");
                    }
                }
                byte[] runs = i >= 0 ? source.string(i) : null;
                out.ascii(IS_OPEN);
                out.write(runs != null ? runs : EMPTY_STRING);
                out.ascii(IS_CLOSE);
            } else {
                out.write(in, c.start, c.stop);
                if (!c.empty) {
                    content(4, c.nameFrom, c.nameTo);
                }
            }
        }
    }

    /**
     * Writes the start tag with the style attribute (xfAttr: a cell style, dxfAttr: a conditional
     * look) mapped into the book, a cell's shared string type made inline, tabSelected left out when
     * asked, and a page setup's attributes in the relationships namespace left out (the printer
     * settings part is not carried); returns whether the cell was a shared string's. What is not
     * changed is copied as it is, a span at a time (a cell has three attributes, and this runs for
     * every cell of every form).
     */
    private boolean rewrite(Tag t, byte[] xfAttr, byte[] dxfAttr, boolean unselect) throws Unfit {
        boolean shared = false;
        // Only the page setup points at a part (its printer settings).
        boolean noRelationships = relPrefix != null && t.is(PAGESETUP);
        boolean cell = xfAttr == S && t.is(C);
        int from = t.start; // in[from, …) is yet to be copied
        for (int a = 0; a < t.count; a++) {
            if ((noRelationships && t.prefixed(a, relPrefix)) || (unselect && t.nameIs(a, TABSELECTED))) {
                // Left out with the blanks before it.
                out.write(in, from, a == 0 ? t.nameTo : t.valueTo[a - 1] + 1);
                from = t.valueTo[a] + 1;
            } else if (xfAttr != null && t.nameIs(a, xfAttr)) {
                out.write(in, from, t.valueFrom[a]);
                out.number(source.xf(attributeNumber(t, a)));
                from = t.valueTo[a];
            } else if (dxfAttr != null && t.nameIs(a, dxfAttr)) {
                out.write(in, from, t.valueFrom[a]);
                out.number(source.dxf(attributeNumber(t, a)));
                from = t.valueTo[a];
            } else if (cell && t.nameIs(a, T) && t.valueIs(a, S)) {
                shared = true;
                out.write(in, from, t.valueFrom[a]);
                out.ascii(INLINE_STR);
                from = t.valueTo[a];
            }
        }
        out.write(in, from, t.stop);
        return shared;
    }

    /** An attribute's value as the number it is (-1 when it is none, as the XML reader's splice reads it). */
    private int attributeNumber(Tag t, int a) throws Unfit {
        int v = number(t.valueFrom[a], t.valueTo[a]);
        if (v == -2) {
            throw new Unfit("reference in a number");
        }
        return v;
    }

    /** The decimal number in[from, to) spells, blanks around it allowed; -1 for none, -2 for a reference (&amp;). */
    private int number(int from, int to) {
        while (from < to && white(in[from])) {
            from++;
        }
        while (to > from && white(in[to - 1])) {
            to--;
        }
        long v = 0;
        boolean any = false;
        for (int i = from; i < to; i++) {
            byte b = in[i];
            if (b == '&') {
                return -2;
            }
            if (b == '-' && i == from && to - from > 1) {
                return -1;
            }
            if (b == '+' && i == from && to - from > 1) {
                continue;
            }
            if (b < '0' || b > '9') {
                return -1;
            }
            v = v * 10 + (b - '0');
            if (v > Integer.MAX_VALUE) {
                return -1;
            }
            any = true;
        }
        return any ? (int) v : -1;
    }

    /** The end tag closes the element named in[from, to) (what is copied stays well-formed). */
    private void closes(Tag end, int from, int to) throws Unfit {
        int n = to - from;
        boolean same = end.nameTo - end.nameFrom == n;
        byte[] b = in;
        for (int i = 0; same && i < n; i++) {
            same = b[end.nameFrom + i] == b[from + i];
        }
        if (!same) {
            throw new Unfit("end tag");
        }
    }

    /** Skips the content of the element whose start tag was just read, and its end tag. */
    private void skip() throws Unfit {
        int depth = 0;
        while (true) {
            p = nextMarkup();
            if (startsWith(COMMENT)) {
                p = find("-->", p) + 3;
            } else if (startsWith(CDATA)) {
                p = find("]]>", p) + 3;
            } else if (startsWith(PI)) {
                p = find("?>", p) + 2;
            } else if (startsWith(BANG)) {
                throw new Unfit("declaration");
            } else {
                Tag t = tag();
                if (t.end) {
                    if (depth-- == 0) {
                        return;
                    }
                } else if (!t.empty) {
                    depth++;
                }
            }
        }
    }

    /** The tag at p (a start or an end tag), p left after it. */
    private Tag tag() throws Unfit {
        // One tag at a time: each caller is done with the last one when it reads the next.
        Tag t = tag;
        byte[] in = this.in; // a local, as in indexOf
        t.count = 0;
        t.end = false;
        t.empty = false;
        t.prefix = 0;
        t.start = p;
        int i = p + 1;
        if (i < in.length && in[i] == '/') {
            t.end = true;
            i++;
        }
        t.nameFrom = i;
        while (i < in.length && !white(in[i]) && in[i] != '>' && in[i] != '/') {
            if (in[i] == ':' && t.prefix == 0) {
                t.prefix = i - t.nameFrom;
            }
            i++;
        }
        t.nameTo = i;
        if (t.nameTo == t.nameFrom) {
            throw new Unfit("tag");
        }
        while (true) {
            while (i < in.length && white(in[i])) {
                i++;
            }
            if (i >= in.length) {
                throw new Unfit("unclosed tag");
            }
            if (in[i] == '>') {
                i++;
                break;
            }
            if (in[i] == '/' && i + 1 < in.length && in[i + 1] == '>' && !t.end) {
                t.empty = true;
                i += 2;
                break;
            }
            if (t.end) {
                throw new Unfit("end tag");
            }
            int ns = i;
            while (i < in.length && in[i] != '=' && !white(in[i]) && in[i] != '>') {
                i++;
            }
            int ne = i;
            while (i < in.length && white(in[i])) {
                i++;
            }
            if (i >= in.length || in[i] != '=' || ne == ns) {
                throw new Unfit("attribute");
            }
            i++;
            while (i < in.length && white(in[i])) {
                i++;
            }
            if (i >= in.length || (in[i] != '"' && in[i] != '\'')) {
                throw new Unfit("attribute");
            }
            byte q = in[i++];
            int vs = i;
            while (i < in.length && in[i] != q) {
                if (in[i] == '<') {
                    throw new Unfit("attribute");
                }
                i++;
            }
            if (i >= in.length) {
                throw new Unfit("attribute");
            }
            t.add(ns, ne, vs, i);
            i++;
        }
        t.stop = i;
        p = i;
        return t;
    }

    /** A tag: where it is, its name, its attributes (where their names and values are). */
    private final class Tag {
        int start;
        int stop;
        int nameFrom;
        int nameTo;
        /** The length of the name's prefix (0 for none). */
        int prefix;
        boolean end;
        boolean empty;
        int count;
        int[] attrFrom = new int[6];
        int[] attrTo = new int[6];
        int[] valueFrom = new int[6];
        int[] valueTo = new int[6];

        void add(int ns, int ne, int vs, int ve) {
            if (count == attrFrom.length) {
                attrFrom = Arrays.copyOf(attrFrom, count * 2);
                attrTo = Arrays.copyOf(attrTo, count * 2);
                valueFrom = Arrays.copyOf(valueFrom, count * 2);
                valueTo = Arrays.copyOf(valueTo, count * 2);
            }
            attrFrom[count] = ns;
            attrTo[count] = ne;
            valueFrom[count] = vs;
            valueTo[count] = ve;
            count++;
        }

        int prefixLength() {
            return prefix;
        }

        boolean is(byte[] name) {
            return same(nameFrom, nameTo, name);
        }

        boolean localIs(byte[] local) {
            return same(nameFrom + prefixLength() + 1, nameTo, local);
        }

        boolean nameIs(int a, byte[] name) {
            return same(attrFrom[a], attrTo[a], name);
        }

        boolean nameStartsWith(int a, byte[] prefix) {
            return attrTo[a] - attrFrom[a] > prefix.length && same(attrFrom[a], attrFrom[a] + prefix.length, prefix);
        }

        boolean valueIs(int a, byte[] value) {
            return same(valueFrom[a], valueTo[a], value);
        }

        /** Whether the attribute's name is prefix:something. */
        boolean prefixed(int a, byte[] prefix) {
            int ns = attrFrom[a];
            return attrTo[a] - ns > prefix.length + 1 && in[ns + prefix.length] == ':'
                    && Arrays.equals(in, ns, ns + prefix.length, prefix, 0, prefix.length);
        }

        /** Whether it has the attribute prefix:local. */
        boolean has(byte[] prefix, byte[] local) {
            for (int a = 0; a < count; a++) {
                if (prefixed(a, prefix) && same(attrFrom[a] + prefix.length + 1, attrTo[a], local)) {
                    return true;
                }
            }
            return false;
        }

        /** Namespaces are declared on the root only (the prefixes there hold throughout). */
        void noNamespaces() throws Unfit {
            for (int a = 0; a < count; a++) {
                if (nameIs(a, XMLNS) || nameStartsWith(a, XMLNS_COLON)) {
                    throw new Unfit("namespace below the root");
                }
            }
        }
    }

    // A plain loop: the names compared are a few bytes long, where Arrays.equals's range checks and
    // vectorised mismatch cost more than the comparison (C1, the launcher's JIT, inlines neither).
    private boolean same(int from, int to, byte[] s) {
        if (to - from != s.length) {
            return false;
        }
        byte[] b = in;
        for (int i = 0; i < s.length; i++) {
            if (b[from + i] != s[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(byte[] s) {
        return p + s.length <= in.length && same(p, p + s.length, s);
    }

    private int indexOf(char c, int from) {
        byte[] b = in; // a local: the JIT the launcher asks for (C1) reloads a field on every pass
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int find(String s, int from) throws Unfit {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i + b.length <= in.length; i++) {
            if (in[i] == b[0] && Arrays.equals(in, i, i + b.length, b, 0, b.length)) {
                return i;
            }
        }
        throw new Unfit("unclosed " + s);
    }

    private static boolean white(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
