package cn.jixiao.grid;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The XML of a package part, streamed to a SAX {@link ContentHandler}: the little of XML that
 * spreadsheet parts use (elements, attributes, text, CDATA, comments, the five predefined entities
 * and character references), several times faster than the JDK's SAX parser, whose set-up per
 * part and general machinery were the largest single cost of reading a form.
 *
 * <p>Hardened by what it leaves out: a document type declaration is refused, so no entity is ever
 * declared, expanded or fetched (no XXE, no entity expansion bombs); an unknown entity, a tag that
 * does not close, or bytes that are not text in the declared encoding are errors, as they are for
 * a validating parser. Namespaces are handled as a namespace-aware SAX parser handles them: each
 * element and attribute comes with its namespace URI, local name and qualified name, a prefix
 * that was never declared is an error, declarations are reported as prefix mappings, and
 * {@code xmlns} attributes are not reported as attributes. Line breaks
 * in text come as LF and whitespace in attribute values as spaces, as XML prescribes.
 *
 * <p>One scanner per part: nothing is shared, so threads may each parse their own parts.
 */
final class XmlScanner {

    private static final int BUFFER = 1 << 12;
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private final Reader in;
    private final ContentHandler handler;
    private char[] buf = new char[BUFFER];
    private int pos;
    private int end;
    private boolean eof;
    /** Text and attribute values as they are decoded. */
    private char[] text = new char[64];
    private int textLength;
    private final Names names = new Names();
    private final Attrs attrs = new Attrs();
    private String[] open = new String[16];
    private int depth;
    /** Namespace declarations in scope, innermost last, and how many there were as each open element began. */
    private String[] nsPrefixes = new String[8];
    private String[] nsUris = new String[8];
    private int nsCount;
    private int[] nsMarks = new int[16];

    private XmlScanner(Reader in, ContentHandler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** Parses the part, calling the handler; the stream is read to the end of the root element. */
    static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
        new XmlScanner(reader(part), handler).document();
    }

    /** UTF-8 unless a byte-order mark or the XML declaration says otherwise; undecodable bytes are errors. */
    private static Reader reader(InputStream part) throws IOException {
        PushbackInputStream in = new PushbackInputStream(part, 128);
        byte[] head = new byte[128];
        int n = in.readNBytes(head, 0, head.length);
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (n >= 4 && head[0] == 0 && head[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
        } else if (n >= 4 && head[0] == '<' && head[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(new String(head, 0, n, StandardCharsets.ISO_8859_1));
        }
        if (n > skip) {
            in.unread(head, skip, n - skip);
        }
        return new InputStreamReader(in, charset.newDecoder());
    }

    /** The encoding named in an XML declaration at the start, UTF-8 when there is none. */
    private static Charset declared(String head) throws IOException {
        if (!head.startsWith("<?xml")) {
            return StandardCharsets.UTF_8;
        }
        int close = head.indexOf("?>");
        String decl = close < 0 ? head : head.substring(0, close);
        int at = decl.indexOf("encoding");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        int q = at + "encoding".length();
        while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=')) {
            q++;
        }
        if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
            throw new IOException("malformed XML declaration");
        }
        int stop = decl.indexOf(decl.charAt(q), q + 1);
        if (stop < 0) {
            throw new IOException("malformed XML declaration");
        }
        try {
            return Charset.forName(decl.substring(q + 1, stop));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IOException("unsupported encoding " + decl.substring(q + 1, stop));
        }
    }

    // ---- reading characters

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    /** The next character, consumed; -1 at the end. */
    private int read() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == end && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    /** Whether the input continues with s (which is then consumed). */
    private boolean skip(String s) throws IOException {
        while (end - pos < s.length()) {
            if (!fill()) {
                return false;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        pos += s.length();
        return true;
    }

    private int required() throws IOException, SAXException {
        int c = read();
        if (c < 0) {
            throw new SAXException("XML part ends in the middle of markup");
        }
        return c;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private void skipSpaces() throws IOException {
        while (isSpace(peek())) {
            pos++;
        }
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = c;
    }

    // ---- the document

    private void document() throws IOException, SAXException {
        handler.startDocument();
        boolean rootSeen = false;
        while (true) {
            int c = read();
            if (c < 0) {
                break;
            }
            if (c == '<') {
                boolean element = markup();
                rootSeen |= element;
                if (rootSeen && depth == 0) {
                    break; // the root element has closed: nothing after it matters
                }
            } else if (depth > 0) {
                pos--;
                characters();
            } else if (!isSpace(c) && c != '\uFEFF') {
                throw new SAXException("content is not allowed outside the root element");
            }
        }
        if (!rootSeen) {
            throw new SAXException("premature end of file: no root element");
        }
        if (depth > 0) {
            throw new SAXException("XML part ends before element " + open[depth - 1] + " is closed");
        }
        handler.endDocument();
    }

    /** After a '<': an element's start or end, a comment, CDATA, a processing instruction; true for an element's start. */
    private boolean markup() throws IOException, SAXException {
        int c = peek();
        if (c == '/') {
            pos++;
            endTag();
            return false;
        }
        if (c == '?') {
            pos++;
            skipPast("?>");
            return false;
        }
        if (c == '!') {
            pos++;
            if (skip("--")) {
                skipPast("-->");
            } else if (skip("[CDATA[")) {
                if (depth == 0) {
                    throw new SAXException("CDATA outside the root element");
                }
                textLength = 0;
                cdata();
                flushText();
            } else {
                // <!DOCTYPE and anything else: refused, so that no entity can be declared.
                throw new SAXException("DOCTYPE is disallowed (document type declarations are not read)");
            }
            return false;
        }
        startTag();
        return true;
    }

    private void skipPast(String close) throws IOException, SAXException {
        while (!skip(close)) {
            required();
        }
    }

    private void cdata() throws IOException, SAXException {
        while (!skip("]]>")) {
            int c = required();
            if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                c = '\n';
            }
            append((char) c);
        }
    }

    /** Character data up to the next '<', entities and line breaks resolved, given to the handler in one call. */
    private void characters() throws IOException, SAXException {
        textLength = 0;
        while (true) {
            if (pos == end && !fill()) {
                break;
            }
            char c = buf[pos];
            if (c == '<') {
                break;
            }
            pos++;
            if (c == '&') {
                entity();
            } else if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                append('\n');
            } else {
                append(c);
            }
        }
        flushText();
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            handler.characters(text, 0, textLength);
        }
        textLength = 0;
    }

    /** After '&': one of the five predefined entities or a character reference, appended to the text. */
    private void entity() throws IOException, SAXException {
        int start = textLength;
        while (true) {
            int c = required();
            if (c == ';') {
                break;
            }
            if (textLength - start > 10 || c == '<' || c == '&' || isSpace(c)) {
                throw new SAXException("malformed entity reference");
            }
            append((char) c);
        }
        String name = new String(text, start, textLength - start);
        textLength = start;
        switch (name) {
            case "lt" -> append('<');
            case "gt" -> append('>');
            case "amp" -> append('&');
            case "quot" -> append('"');
            case "apos" -> append('\'');
            default -> {
                int code;
                try {
                    code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : name.startsWith("#") ? Integer.parseInt(name.substring(1), 10) : -1;
                } catch (NumberFormatException e) {
                    code = -1;
                }
                if (code < 0 || !Character.isValidCodePoint(code) || code == 0) {
                    throw new SAXException("the entity \"" + name + "\" was referenced, but not declared");
                }
                if (Character.isBmpCodePoint(code)) {
                    append((char) code);
                } else {
                    append(Character.highSurrogate(code));
                    append(Character.lowSurrogate(code));
                }
            }
        }
    }

    private static boolean isNameChar(int c) {
        return c > ' ' && c != '>' && c != '/' && c != '=' && c != '<' && c != '"' && c != '\'';
    }

    /** A qualified name, from the cache so that the names of a part are made once. */
    private String name() throws IOException, SAXException {
        int start = pos;
        while (true) {
            if (pos == end) {
                int offset = pos - start;
                pos = start;
                if (!fill()) {
                    throw new SAXException("XML part ends in the middle of a name");
                }
                start = pos;
                pos = start + offset;
                continue;
            }
            if (!isNameChar(buf[pos])) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw new SAXException("a name was expected in markup");
        }
        return names.of(buf, start, pos - start);
    }

    private void startTag() throws IOException, SAXException {
        String qName = name();
        attrs.clear();
        int mark = nsCount;
        boolean empty = false;
        while (true) {
            skipSpaces();
            int c = required();
            if (c == '>') {
                break;
            }
            if (c == '/') {
                if (required() != '>') {
                    throw new SAXException("'>' expected after '/' in " + qName);
                }
                empty = true;
                break;
            }
            pos--;
            String attr = name();
            skipSpaces();
            if (required() != '=') {
                throw new SAXException("'=' expected after attribute " + attr + " of " + qName);
            }
            skipSpaces();
            String value = attributeValue();
            if (attr.equals("xmlns")) {
                declare("", value);
            } else if (attr.startsWith("xmlns:")) {
                declare(attr.substring(6), value);
            } else {
                attrs.add(attr, value);
            }
        }
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            nsMarks = Arrays.copyOf(nsMarks, depth * 2);
        }
        for (int i = 0; i < attrs.length; i++) {
            if (attrs.qNames[i].indexOf(':') >= 0) {
                attrs.uris[i] = uriOf(attrs.qNames[i]);
            }
        }
        nsMarks[depth] = mark;
        open[depth++] = qName;
        String local = Names.local(qName);
        String uri = uriOf(qName);
        for (int i = mark; i < nsCount; i++) {
            handler.startPrefixMapping(nsPrefixes[i], nsUris[i]);
        }
        handler.startElement(uri, local, qName, attrs);
        if (empty) {
            close(uri, local, qName);
        }
    }

    private void declare(String prefix, String uri) {
        if (nsCount == nsPrefixes.length) {
            nsPrefixes = Arrays.copyOf(nsPrefixes, nsCount * 2);
            nsUris = Arrays.copyOf(nsUris, nsCount * 2);
        }
        nsPrefixes[nsCount] = prefix;
        nsUris[nsCount++] = uri;
    }

    /** The namespace of a qualified name: its prefix's innermost declaration ("" for no default namespace). */
    private String uriOf(String qName) throws SAXException {
        int colon = qName.indexOf(':');
        String prefix = colon < 0 ? "" : qName.substring(0, colon);
        for (int i = nsCount - 1; i >= 0; i--) {
            if (nsPrefixes[i].equals(prefix)) {
                return nsUris[i];
            }
        }
        if (prefix.isEmpty()) {
            return "";
        }
        if (prefix.equals("xml")) {
            return XML_NAMESPACE;
        }
        throw new SAXException("the prefix " + prefix + " of " + qName + " is not declared");
    }

    /** Ends the innermost element and the namespace declarations it made. */
    private void close(String uri, String local, String qName) throws SAXException {
        depth--;
        handler.endElement(uri, local, qName);
        int mark = nsMarks[depth];
        for (int i = mark; i < nsCount; i++) {
            handler.endPrefixMapping(nsPrefixes[i]);
        }
        nsCount = mark;
    }

    private String attributeValue() throws IOException, SAXException {
        int quote = required();
        if (quote != '"' && quote != '\'') {
            throw new SAXException("attribute value must be quoted");
        }
        textLength = 0;
        while (true) {
            int c = required();
            if (c == quote) {
                break;
            }
            if (c == '<') {
                throw new SAXException("'<' in an attribute value");
            }
            if (c == '&') {
                entity();
            } else if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                append(' ');
            } else if (c == '\n' || c == '\t') {
                append(' ');
            } else {
                append((char) c);
            }
        }
        String v = names.of(text, 0, textLength);
        textLength = 0;
        return v;
    }

    private void endTag() throws IOException, SAXException {
        String qName = name();
        skipSpaces();
        if (required() != '>') {
            throw new SAXException("'>' expected to end " + qName);
        }
        if (depth == 0 || !open[depth - 1].equals(qName)) {
            throw new SAXException("end tag " + qName + " does not match "
                    + (depth == 0 ? "any open element" : open[depth - 1]));
        }
        close(uriOf(qName), Names.local(qName), qName);
    }

    /**
     * Short strings a part repeats thousands of times (element and attribute names, cell types,
     * styles, references) made once: a small table of the last string seen for each hash.
     */
    private static final class Names {
        private static final int MAX = 12;
        private final String[] table = new String[256];

        String of(char[] chars, int off, int len) {
            if (len > MAX) {
                return new String(chars, off, len);
            }
            int h = 0;
            for (int i = 0; i < len; i++) {
                h = 31 * h + chars[off + i];
            }
            int slot = (h ^ (h >>> 10)) & (table.length - 1);
            String s = table[slot];
            if (s != null && s.length() == len) {
                boolean same = true;
                for (int i = 0; i < len && same; i++) {
                    same = s.charAt(i) == chars[off + i];
                }
                if (same) {
                    return s;
                }
            }
            s = new String(chars, off, len);
            table[slot] = s;
            return s;
        }

        static String local(String qName) {
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }

    /** The attributes of the element being started; valid only during startElement, as SAX allows. */
    private static final class Attrs implements Attributes {
        private String[] qNames = new String[8];
        private String[] values = new String[8];
        /** An attribute without a prefix is in no namespace (""); a prefixed one's is set once the tag is read. */
        private String[] uris = new String[8];
        private int length;

        void clear() {
            length = 0;
        }

        void add(String qName, String value) {
            if (length == qNames.length) {
                qNames = Arrays.copyOf(qNames, length * 2);
                values = Arrays.copyOf(values, length * 2);
                uris = Arrays.copyOf(uris, length * 2);
            }
            qNames[length] = qName;
            uris[length] = "";
            values[length++] = value;
        }

        @Override
        public int getLength() {
            return length;
        }

        @Override
        public String getURI(int index) {
            return index >= 0 && index < length ? uris[index] : null;
        }

        @Override
        public String getLocalName(int index) {
            return index >= 0 && index < length ? Names.local(qNames[index]) : null;
        }

        @Override
        public String getQName(int index) {
            return index >= 0 && index < length ? qNames[index] : null;
        }

        @Override
        public String getType(int index) {
            return index >= 0 && index < length ? "CDATA" : null;
        }

        @Override
        public String getValue(int index) {
            return index >= 0 && index < length ? values[index] : null;
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < length; i++) {
                if (uris[i].equals(uri) && Names.local(qNames[i]).equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            for (int i = 0; i < length; i++) {
                if (qNames[i].equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getType(String uri, String localName) {
            return getType(getIndex(uri, localName));
        }

        @Override
        public String getType(String qName) {
            return getType(getIndex(qName));
        }

        @Override
        public String getValue(String uri, String localName) {
            return getValue(getIndex(uri, localName));
        }

        @Override
        public String getValue(String qName) {
            return getValue(getIndex(qName));
        }
    }
}
