package cn.jixiao.rollup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
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
    private final ZipFile zip;
    private final Map<String, SheetPart> sheets = new HashMap<>();
    private final String sharedStringsPart;
    private final String stylesPart;
    private List<String> strings;
    private StyleMap.Source styles;

    SourceBook(Path file) throws IOException {
        path = file;
        zip = new ZipFile(file.toFile());
        try {
            Map<String, String> rels = new HashMap<>();
            Map<String, String> types = new HashMap<>();
            relationships("xl/_rels/workbook.xml.rels", "xl/", rels, types);
            String ss = null;
            String st = null;
            for (Map.Entry<String, String> t : types.entrySet()) {
                if (t.getValue().endsWith("/sharedStrings")) {
                    ss = rels.get(t.getKey());
                } else if (t.getValue().endsWith("/styles")) {
                    st = rels.get(t.getKey());
                }
            }
            sharedStringsPart = ss;
            stylesPart = st;
            workbook(rels);
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
        ZipEntry e = zip.getEntry(part);
        if (e == null) {
            throw new NotSpliceable("no part " + part);
        }
        return zip.getInputStream(e);
    }

    /** Whether the sheet has comments (their part hangs off the sheet's relationships, not its XML). */
    boolean hasComments(SheetPart sheet) throws IOException {
        int slash = sheet.part().lastIndexOf('/');
        String relsPart = sheet.part().substring(0, slash + 1) + "_rels/" + sheet.part().substring(slash + 1) + ".rels";
        if (zip.getEntry(relsPart) == null) {
            return false;
        }
        Map<String, String> types = new HashMap<>();
        relationships(relsPart, sheet.part().substring(0, slash + 1), new HashMap<>(), types);
        return types.containsValue(COMMENTS);
    }

    /** The shared strings, each as the XML of its runs (the same CT_Rst an inline string holds). */
    List<String> strings() throws IOException {
        if (strings == null) {
            strings = new ArrayList<>();
            if (sharedStringsPart != null && zip.getEntry(sharedStringsPart) != null) {
                try (InputStream in = open(sharedStringsPart)) {
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

    StyleMap.Source styles(StyleMap map) throws IOException {
        if (styles == null) {
            if (stylesPart == null || zip.getEntry(stylesPart) == null) {
                styles = map.source(null);
            } else {
                try (InputStream in = open(stylesPart)) {
                    styles = map.source(in);
                }
            }
        }
        return styles;
    }

    private void workbook(Map<String, String> rels) throws IOException {
        List<String[]> order = new ArrayList<>();
        Map<String, String> areas = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        try (InputStream in = open("xl/workbook.xml")) {
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
            throw new IOException("xl/workbook.xml: " + e.getMessage(), e);
        }
        for (int i = 0; i < order.size(); i++) {
            String[] s = order.get(i);
            String part = rels.get(s[1]);
            if (s[0] != null && part != null) {
                sheets.put(s[0], new SheetPart(s[0], part, areas.get(String.valueOf(i)), titles.get(String.valueOf(i))));
            }
        }
    }

    /** Reads a relationships part: id to the target's part name (resolved against base), and id to type. */
    private void relationships(String part, String base, Map<String, String> targets, Map<String, String> types)
            throws IOException {
        try (InputStream in = open(part)) {
            XMLStreamReader r = Xml.reader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) {
                    String id = r.getAttributeValue(null, "Id");
                    String target = r.getAttributeValue(null, "Target");
                    if ("External".equals(r.getAttributeValue(null, "TargetMode")) || id == null || target == null) {
                        continue;
                    }
                    targets.put(id, resolve(base, target));
                    types.put(id, r.getAttributeValue(null, "Type"));
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(part + ": " + e.getMessage(), e);
        }
    }

    private static String resolve(String base, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> parts = new ArrayList<>(List.of(base.split("/")));
        for (String p : target.split("/")) {
            if ("..".equals(p)) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !".".equals(p)) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
