package cn.jixiao.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The grid loaders' XML scanner gives a handler what POI's hardened SAX parser gives it, on every
 * XML part of the templates, of filled returns, of LibreOffice re-saves, and on the corners of XML
 * that hand-edited or foreign files bring; and it refuses what the hardened parser refuses.
 */
class XmlScannerTest {

    @TempDir
    Path dir;

    @Test
    void everyPartOfTemplatesFilledReturnsAndReSavesGivesTheSameEventsAsSax() throws Exception {
        List<Path> books = new ArrayList<>();
        try (Stream<Path> t = Files.list(Path.of("templates"))) {
            t.filter(p -> p.toString().endsWith(".xlsx")).forEach(books::add);
        }
        List<Path> filled = ReadBack.fill(TestData.registry("xidu-2024-shenbao.yaml"), dir.resolve("pack"));
        books.addAll(filled);
        if (LibreOffice.installed()) {
            Path resaved = Files.createDirectories(dir.resolve("resaved"));
            LibreOffice.convert(filled.subList(0, 1), "xlsx", resaved);
            try (Stream<Path> r = Files.list(resaved)) {
                r.forEach(books::add);
            }
        }
        int parts = 0;
        for (Path book : books) {
            try (ZipFile zip = new ZipFile(book.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                        byte[] xml = zip.getInputStream(e).readAllBytes();
                        assertEquals(sax(xml), scanned(xml), book.getFileName() + " " + e.getName());
                        parts++;
                    }
                }
            }
        }
        assertTrue(parts > 20, "parts compared: " + parts);
    }

    @Test
    void theCornersOfXmlComeOutAsSaxGivesThem() throws Exception {
        String[] docs = {
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<x:a xmlns:x=\"urn:x\" xmlns=\"urn:d\">"
                + "<x:b r=\"A1\" t='s' x:id=\"rId1\"/><c>one&amp;two &lt;3&gt; &quot;q&quot; &apos;a&apos;</c>"
                + "<c>&#20013;&#x6587;&#x1F600;</c><!-- a comment --><c><![CDATA[<raw> & ]]>tail</c>"
                + "<?pi data?><t xml:space=\"preserve\">  line1\r\nline2\rline3\n</t>"
                + "<c v=\"a\tb\r\nc&#10;d\"/><y:e xmlns:y=\"urn:y\" y:k=\"1\" xmlns:x=\"urn:x2\" x:id=\"2\"><x:f/>"
                + "</y:e><g xmlns=\"\"><h/></g><x:b x:id=\"3\"/></x:a>",
            "\uFEFF<a><b/></a>",
            "<a>中文 text</a>\n<!-- after the root -->\n",
        };
        for (String doc : docs) {
            byte[] xml = doc.getBytes(StandardCharsets.UTF_8);
            assertEquals(sax(xml), scanned(xml), doc);
        }
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a b=\"中\">文</a>".getBytes(StandardCharsets.UTF_16);
        assertEquals(sax(utf16), scanned(utf16));
        byte[] gbk = "<?xml version=\"1.0\" encoding=\"GBK\"?><a b=\"中\">文</a>".getBytes("GBK");
        assertEquals(sax(gbk), scanned(gbk));
    }

    @Test
    void refusesWhatTheHardenedParserRefuses() {
        String[] bad = {
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>",
            "<!DOCTYPE a [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><a>&lol2;</a>",
            "<a>&e;</a>",
            "<a><b></a>",
            "<a>",
            "",
            "text<a/>",
            "<a b=c/>",
            "<x:a/>",
            "<a x:b=\"1\"/>",
        };
        for (String doc : bad) {
            byte[] xml = doc.getBytes(StandardCharsets.UTF_8);
            assertThrows(SAXException.class, () -> sax(xml), "SAX refuses " + doc);
            assertThrows(SAXException.class, () -> scanned(xml), "the scanner refuses " + doc);
        }
        byte[] notUtf8 = {'<', 'a', '>', (byte) 0xC3, '(', '<', '/', 'a', '>'};
        assertThrows(IOException.class, () -> scanned(notUtf8));
    }

    private static List<String> sax(byte[] xml) throws Exception {
        XMLReader reader = XMLHelper.newXMLReader();
        Recorder r = new Recorder();
        reader.setContentHandler(r);
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return r.events();
    }

    private static List<String> scanned(byte[] xml) throws IOException, SAXException {
        Recorder r = new Recorder();
        try (InputStream in = new ByteArrayInputStream(xml)) {
            XmlScanner.parse(in, r);
        }
        return r.events();
    }

    /** Starts with their attributes, ends, and text with adjacent pieces joined (parsers split it differently). */
    private static final class Recorder extends DefaultHandler {
        private final List<String> events = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flush();
            StringBuilder b = new StringBuilder("<{" + uri + "}" + localName + "|" + qName);
            for (int i = 0; i < atts.getLength(); i++) {
                b.append(' ').append(atts.getQName(i)).append("/{").append(atts.getURI(i)).append('}')
                        .append(atts.getLocalName(i)).append("=[").append(atts.getValue(i)).append(']');
            }
            b.append(" r=").append(atts.getValue("r")).append(" id=").append(atts.getValue("", "id"))
                    .append(" x:id=").append(atts.getValue("urn:x", "id")).append(" at ")
                    .append(atts.getIndex("urn:x", "id"));
            events.add(b.toString());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            events.add("</{" + uri + "}" + localName + "|" + qName);
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            events.add("xmlns:" + prefix + "=" + uri);
        }

        @Override
        public void endPrefixMapping(String prefix) {
            events.add("end xmlns:" + prefix);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flush() {
            if (text.length() > 0) {
                events.add("text[" + text + "]");
                text.setLength(0);
            }
        }

        List<String> events() {
            flush();
            return events;
        }
    }
}
