package cn.jixiao.grid;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The shared-strings table of an .xlsx as plain text, rich-text runs joined, phonetic guides left out. */
final class SharedStrings {

    private SharedStrings() {
    }

    static List<String> parse(InputStream in) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        if (in == null) {
            return strings;
        }
        try (in) {
            XmlScanner.parse(in, new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inT;
                private boolean inPhonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (localName) {
                        case "si" -> text.setLength(0);
                        case "t" -> inT = !inPhonetic;
                        case "rPh" -> inPhonetic = true;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> strings.add(text.toString());
                        case "t" -> inT = false;
                        case "rPh" -> inPhonetic = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT) {
                        text.append(ch, start, length);
                    }
                }
            });
        }
        return strings;
    }
}
