package cn.jixiao.rollup;

import cn.jixiao.grid.Relationships;
import cn.jixiao.grid.ZipParts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A returned (or freshly filled) .xlsx opened as the zip it is, for splicing its sheets' XML into
 * the summary book: where each sheet's part is, its print area and print titles, its shared strings
 * as the XML of their runs, and its styles as the book maps them. Nothing of the workbook is built
 * in memory beyond that.
 */
final class SourceBook implements AutoCloseable {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String COMMENTS = RELATIONSHIPS + "/comments";

    /** One sheet of the book: its part in the zip, and the print ranges its defined names give it (or null). */
    record SheetPart(String name, String part, String printArea, String printTitles) {
    }

    /** The workbook's parts cannot be spliced (not an OOXML transitional workbook): its forms are filled instead. */
    static final class NotSpliceable extends IOException {
        NotSpliceable(String why) {
            super(why);
        }
    }

    private final Path path;
    /** The package's parts, guarded against zip bombs as the reader's are (these are files users send). */
    private final ZipParts zip;
    private final Map<String, SheetPart> sheets = new HashMap<>();
    private final String sharedStringsPart;
    private final String stylesPart;
    private List<String> strings;
    private byte[][] stringBytes;
    private StyleMap.Source styles;

    SourceBook(Path file) throws IOException {
        path = file;
        zip = ZipParts.of(file);
        try {
            String workbook = Relationships.workbook(zip);
            List<Relationships.Relationship> rels = Relationships.of(zip, workbook);
            sharedStringsPart = Relationships.targetOfType(rels, "/sharedStrings");
            stylesPart = Relationships.targetOfType(rels, "/styles");
            Map<String, String> targets = new HashMap<>();
            for (Relationships.Relationship r : rels) {
                targets.put(r.id(), r.target());
            }
            workbook(workbook, targets);
        } catch (org.xml.sax.SAXException e) {
            zip.close();
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    SheetPart sheet(String name) {
        return sheets.get(name);
    }

    InputStream open(String part) throws IOException {
        InputStream in = zip.open(part);
        if (in == null) {
            throw new NotSpliceable("no part " + part);
        }
        return in;
    }

    /** Whether the sheet has comments (their part hangs off the sheet's relationships, not its XML). */
    boolean hasComments(SheetPart sheet) throws IOException {
        try {
            return Relationships.of(zip, sheet.part()).stream().anyMatch(r -> COMMENTS.equals(r.type()));
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(sheet.part() + ": " + e.getMessage(), e);
        }
    }

    /** The shared strings, each as the XML of its runs (the same CT_Rst an inline string holds). */
    List<String> strings() throws IOException {
        if (strings == null) {
            strings = new ArrayList<>();
            InputStream part = sharedStringsPart == null ? null : zip.open(sharedStringsPart);
            if (part != null) {
                try (InputStream in = part) {
                    XMLStreamReader r = Xml.reader(in);
                    while (r.hasNext()) {
                        if (r.next() == XMLStreamConstants.START_ELEMENT && "si".equals(r.getLocalName())) {
                            strings.add(Xml.inner(r));
                        }
                    }
                    r.close();
                } catch (XMLStreamException e) {
                    throw new IOException(sharedStringsPart + ": " + e.getMessage(), e);
                }
            }
        }
        return strings;
    }

    /** A shared string's runs as UTF-8 XML (see {@link #strings}), or null for an index there is none at. */
    byte[] stringBytes(int index) throws IOException {
        if (stringBytes == null) {
            stringBytes = new byte[strings().size()][];
        }
        if (index < 0 || index >= stringBytes.length) {
            return null;
        }
        byte[] b = stringBytes[index];
        if (b == null) {
            b = strings.get(index).getBytes(StandardCharsets.UTF_8);
            stringBytes[index] = b;
        }
        return b;
    }

    StyleMap.Source styles(StyleMap map) throws IOException {
        if (styles == null) {
            InputStream part = stylesPart == null ? null : zip.open(stylesPart);
            if (part == null) {
                styles = map.source(null);
            } else {
                try (InputStream in = part) {
                    styles = map.source(in);
                }
            }
        }
        return styles;
    }

    private void workbook(String workbook, Map<String, String> rels) throws IOException {
        List<String[]> order = new ArrayList<>();
        Map<String, String> areas = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        try (InputStream in = open(workbook)) {
            XMLStreamReader r = Xml.reader(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("workbook") && !MAIN.equals(r.getNamespaceURI())) {
                    throw new NotSpliceable("workbook namespace " + r.getNamespaceURI());
                }
                if (!MAIN.equals(r.getNamespaceURI())) {
                    continue;
                }
                if ("sheet".equals(r.getLocalName())) {
                    order.add(new String[] {r.getAttributeValue(null, "name"), r.getAttributeValue(RELATIONSHIPS, "id")});
                } else if ("definedName".equals(r.getLocalName())) {
                    String name = r.getAttributeValue(null, "name");
                    String local = r.getAttributeValue(null, "localSheetId");
                    String text = r.getElementText();
                    if (local != null && "_xlnm.Print_Area".equals(name)) {
                        areas.put(local, text);
                    } else if (local != null && "_xlnm.Print_Titles".equals(name)) {
                        titles.put(local, text);
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(workbook + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < order.size(); i++) {
            String[] s = order.get(i);
            String part = rels.get(s[1]);
            if (s[0] != null && part != null) {
                sheets.put(s[0], new SheetPart(s[0], part, areas.get(String.valueOf(i)), titles.get(String.valueOf(i))));
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
