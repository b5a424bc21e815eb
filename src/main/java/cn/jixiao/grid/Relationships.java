package cn.jixiao.grid;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How the parts of an .xlsx package point at one another: a part's relationships (its _rels part),
 * with each target resolved to the name of the part it points at. The reader and rollup's splice
 * both find the workbook, its sheets, shared strings and styles this way.
 */
public final class Relationships {

    /** One internal relationship: its id, type and the part it points at (a name inside the package). */
    public record Relationship(String id, String type, String target) {
    }

    private Relationships() {
    }

    /**
     * The internal relationships of a part ("" for the package itself), in file order; none when it
     * has no relationships part. External ones (links to files and web addresses) are left out.
     */
    public static List<Relationship> of(ZipParts parts, String part) throws IOException, SAXException {
        int slash = part.lastIndexOf('/');
        String base = part.substring(0, slash + 1);
        String rels = base + "_rels/" + part.substring(slash + 1) + ".rels";
        List<Relationship> found = new ArrayList<>();
        InputStream in = parts.open(rels);
        if (in == null) {
            return found;
        }
        try (in) {
            XmlScanner.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    String target = atts.getValue("Target");
                    if (localName.equals("Relationship") && target != null
                            && !"External".equals(atts.getValue("TargetMode"))) {
                        found.add(new Relationship(atts.getValue("Id"), String.valueOf(atts.getValue("Type")),
                                resolve(base, target)));
                    }
                }
            });
        }
        return found;
    }

    /** The workbook part, as the package's own relationships name it (xl/workbook.xml when they do not). */
    public static String workbook(ZipParts parts) throws IOException, SAXException {
        return of(parts, "").stream().filter(r -> r.type().endsWith("/officeDocument")).map(Relationship::target)
                .findFirst().orElse("xl/workbook.xml");
    }

    /** The first target of a relationship whose type ends so (/sharedStrings, /styles), or null. */
    public static String targetOfType(List<Relationship> rels, String typeSuffix) {
        return rels.stream().filter(r -> r.type().endsWith(typeSuffix)).map(Relationship::target).findFirst()
                .orElse(null);
    }

    /** A target resolved against the folder of the part that names it: absolute, relative, with "..". */
    static String resolve(String base, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> path = new ArrayList<>();
        for (String p : (base + target).split("/")) {
            if ("..".equals(p)) {
                if (!path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            } else if (!p.isEmpty() && !".".equals(p)) {
                path.add(p);
            }
        }
        return String.join("/", path);
    }
}
