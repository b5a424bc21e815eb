package cn.jixiao.grid;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style in an .xlsx, read straight from styles.xml. Only the
 * formats are needed to show numbers as the unit saw them; parsing the whole style sheet into
 * POI's model took longer than reading the sheets themselves.
 */
final class NumberFormats {

    /** A style's number format; whether it shows a date is worked out once per style, not per cell. */
    record Format(short index, String code, boolean date) {
        Format(short index, String code) {
            this(index, code, DateUtil.isADateFormat(index, code));
        }
    }

    private static final Format GENERAL = new Format((short) 0, "General");

    private final List<Format> byStyle;

    private NumberFormats(List<Format> byStyle) {
        this.byStyle = byStyle;
    }

    static NumberFormats none() {
        return new NumberFormats(List.of());
    }

    Format of(int style) {
        return style >= 0 && style < byStyle.size() ? byStyle.get(style) : GENERAL;
    }

    static NumberFormats parse(InputStream styles) throws IOException, SAXException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                switch (localName) {
                    case "numFmt" -> custom.put(Integer.parseInt(atts.getValue("numFmtId")), atts.getValue("formatCode"));
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = atts.getValue("numFmtId");
                            xfs.add(id == null ? 0 : Integer.parseInt(id));
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        };
        XmlScanner.parse(styles, handler);
        List<Format> formats = new ArrayList<>(xfs.size());
        // Many styles share a format: whether it is a date is worked out once for each.
        Map<Integer, Format> byId = new HashMap<>();
        for (int id : xfs) {
            formats.add(byId.computeIfAbsent(id, i -> {
                String code = custom.containsKey(i) ? custom.get(i) : BuiltinFormats.getBuiltinFormat(i);
                return new Format((short) (int) i, code == null ? "General" : code);
            }));
        }
        return new NumberFormats(formats);
    }
}
