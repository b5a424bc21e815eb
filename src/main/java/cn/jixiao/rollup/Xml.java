package cn.jixiao.rollup;

import cn.jixiao.util.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming XML for splicing sheets: a reader that refuses DTDs and external entities (the parts
 * come from files users send), and a writer that re-emits what the reader reads with the
 * spreadsheet namespace as the default one, so that pieces taken from one part (a shared string's
 * runs) can be set down verbatim in another (an inline string).
 */
final class Xml {

    /** A factory per thread: forms are spliced on several threads, and a factory is not promised to be thread-safe. */
    private static final ThreadLocal<XMLInputFactory> INPUT = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = SafeXml.inputFactory();
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    });

    private Xml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return INPUT.get().createXMLStreamReader(in);
    }

    /** What the current element holds (not itself), as XML; the reader is left on its end tag. */
    static String inner(XMLStreamReader r) throws XMLStreamException {
        StringWriter s = new StringWriter();
        Out out = new Out(s, true);
        int depth = 0;
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                out.start(r, null, true);
                out.closeStart();
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return s.toString();
                }
                out.end(r);
                depth--;
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                out.text(r.getText());
            }
        }
    }

    /** Rewrites an attribute on the way out: return null to leave it out. */
    interface Attributes {
        String value(String namespace, String localName, String value);
    }

    /** Writes elements read from a reader, spreadsheet elements unprefixed, others with their source prefixes. */
    static final class Out {
        private final Writer w;
        private final Deque<String> defaults = new ArrayDeque<>();
        /** A start tag is written but not closed: an element with nothing in it is closed as &lt;x/&gt;. */
        private boolean open;
        private final Map<String, String> prefixes = new HashMap<>();
        private final Deque<List<String[]>> shadowed = new ArrayDeque<>();

        /** Writes into a place where the spreadsheet namespace is the default one (a cell, a list), or else declares it. */
        Out(Writer w, boolean mainInScope) {
            this.w = w;
            defaults.push(mainInScope ? SourceBook.MAIN : "");
        }

        /** Declares prefix in the tag being written unless it is in scope already with this namespace. */
        private void declare(StringBuilder b, String prefix, String uri, List<String[]> undo) {
            // The xml prefix (xml:space) is bound by XML itself and may not be declared to anything else.
            if (prefix == null || prefix.isEmpty() || "xml".equals(prefix) || uri == null || uri.isEmpty() || SourceBook.MAIN.equals(uri)
                    || uri.equals(prefixes.get(prefix))) {
                return;
            }
            undo.add(new String[] {prefix, prefixes.put(prefix, uri)});
            b.append(" xmlns:").append(prefix).append("=\"").append(escape(uri)).append('"');
        }

        void raw(String s) {
            try {
                if (open) {
                    // The start tag had content after all.
                    open = false;
                    w.write('>');
                }
                w.write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Writes the reader's start tag (left open for more attributes: call closeStart); with
         * declarations, the prefixed namespaces it declares (the spreadsheet one excepted).
         */
        void start(XMLStreamReader r, Attributes attrs, boolean declarations) {
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            String prefix = r.getPrefix() == null ? "" : r.getPrefix();
            String current = defaults.peek();
            StringBuilder b = new StringBuilder("<");
            String def = current;
            if (SourceBook.MAIN.equals(ns) || prefix.isEmpty()) {
                b.append(r.getLocalName());
                if (!ns.equals(current)) {
                    b.append(" xmlns=\"").append(escape(ns)).append('"');
                    def = ns;
                }
            } else {
                b.append(prefix).append(':').append(r.getLocalName());
            }
            defaults.push(def);
            List<String[]> undo = new ArrayList<>(0);
            shadowed.push(undo);
            if (!SourceBook.MAIN.equals(ns) && !prefix.isEmpty()) {
                declare(b, prefix, ns, undo);
            }
            if (declarations) {
                for (int i = 0; i < r.getNamespaceCount(); i++) {
                    declare(b, r.getNamespacePrefix(i), r.getNamespaceURI(i), undo);
                }
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String ans = r.getAttributeNamespace(i) == null ? "" : r.getAttributeNamespace(i);
                String value = r.getAttributeValue(i);
                if (attrs != null) {
                    value = attrs.value(ans, r.getAttributeLocalName(i), value);
                }
                if (value == null) {
                    continue;
                }
                String ap = r.getAttributePrefix(i);
                if (!ans.isEmpty() && ap != null && !ap.isEmpty()) {
                    declare(b, ap, ans, undo);
                }
                b.append(' ');
                if (!ans.isEmpty() && ap != null && !ap.isEmpty()) {
                    b.append(ap).append(':');
                }
                b.append(r.getAttributeLocalName(i)).append("=\"").append(escape(value)).append('"');
            }
            raw(b.toString());
        }

        void closeStart() {
            open = true;
        }

        void end(XMLStreamReader r) {
            defaults.pop();
            for (String[] u : shadowed.pop()) {
                if (u[1] == null) {
                    prefixes.remove(u[0]);
                } else {
                    prefixes.put(u[0], u[1]);
                }
            }
            String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
            String prefix = r.getPrefix() == null ? "" : r.getPrefix();
            if (open) {
                open = false;
                try {
                    w.write("/>");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
            raw(SourceBook.MAIN.equals(ns) || prefix.isEmpty() ? "</" + r.getLocalName() + ">"
                    : "</" + prefix + ":" + r.getLocalName() + ">");
        }

        void text(String s) {
            raw(escapeText(s));
        }
    }

    /** Text escaped for an attribute value: line breaks and tabs kept as references, so they survive. */
    static String escape(String s) {
        return escape(s, true);
    }

    /** Text escaped for element content (a line break may stand as it is there). */
    private static String escapeText(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (rep != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (rep != null) {
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
