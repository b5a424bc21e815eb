package cn.jixiao.template;

import cn.jixiao.util.SafeXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Re-aims the {@code lastCell} of every jxls command at what the sheet now holds. A finance
 * officer who inserts a row of text above the indicator table in Excel moves the command's
 * comment with its cell, but Excel does not touch the text {@code lastCell="E13"} inside it;
 * without this step the edited template would fill wrongly. A one-row each keeps to its own
 * row; jx:area and the sheet-wide each reach the sheet's last used cell.
 */
final class TemplateNormalizer {

    /** Bytes past which the quick look leaves the template to POI (a template's parts are kilobytes). */
    private static final long LIMIT = 32L << 20;
    private static final Pattern LAST_CELL = Pattern.compile("lastCell\\s*=\\s*\"[A-Z]+[0-9]+\"");

    private TemplateNormalizer() {
    }

    /**
     * The same, for a template that need hold no command (the summary book's): one with none in
     * its comments is used as it is. Opening it with POI's model and writing it again changed
     * nothing in it, and held a rollup's main thread before its first read: the run's first open
     * with POI's model loads POI's schema types, which the book's opening thread (see
     * BookOpening in rollup) does anyway, while the returns are read.
     */
    static byte[] normalizeIfCommands(byte[] template) throws IOException {
        return mayHoldCommands(template) ? normalize(template) : template;
    }

    /**
     * Whether a comment of the template may hold a jxls command: false only for a package that
     * reads cleanly, has its content types and a workbook, and whose comments parts (whatever
     * they are named) say no "jx:" in any comment's text, its runs joined as POI joins them.
     * Anything else says true, and POI opens the file and says what is wrong with it, as it
     * always did: a part larger than a template's would be (a zip bomb), a part that is not XML,
     * a DTD, an escaped character (_x006A_) in a comment.
     */
    static boolean mayHoldCommands(byte[] template) {
        boolean types = false;
        boolean workbook = false;
        long read = 0;
        // The JDK's own zip reader, not a second one: this runs before the first return is read,
        // in a JVM whose classes are not all loaded yet. Each part is read through to its end
        // (a template's are kilobytes), so that no part is inflated without being counted.
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(template))) {
            XMLInputFactory xml = SafeXml.inputFactory(); // one a look: templates are resolved a few times a run
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                types |= name.equals("[Content_Types].xml");
                workbook |= name.equals("xl/workbook.xml");
                BoundedInputStream part = BoundedInputStream.builder().setInputStream(zip)
                        .setMaxCount(LIMIT - read + 1).setPropagateClose(false).get();
                if (name.toLowerCase(Locale.ROOT).endsWith(".xml") && commentsMayHoldCommand(xml, part)) {
                    return true;
                }
                part.transferTo(OutputStream.nullOutputStream());
                read += part.getCount();
                if (read > LIMIT) {
                    return true;
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return true;
        }
        return !types || !workbook;
    }

    /**
     * Whether this XML part is a comments part with a comment whose text may hold "jx:"; other
     * parts are read to their root element only. Only the last two characters of a comment's text
     * are held between pieces of it, so a huge comment is read in little memory.
     */
    private static boolean commentsMayHoldCommand(XMLInputFactory xml, InputStream part) throws XMLStreamException {
        XMLStreamReader r = xml.createXMLStreamReader(part);
        try {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                if (r.getEventType() == XMLStreamConstants.DTD) {
                    return true;
                }
            }
            if (!r.isStartElement() || !r.getLocalName().equals("comments")) {
                return false;
            }
            String tail = null; // within a comment: the end of its text so far
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("comment")) {
                    tail = "";
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("comment")) {
                    tail = null;
                } else if (tail != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    String text = tail + r.getText();
                    if (text.contains("jx:") || text.contains("_x")) {
                        return true;
                    }
                    tail = text.substring(Math.max(0, text.length() - 2));
                }
            }
            return false;
        } finally {
            r.close();
        }
    }

    /** The template with every command's lastCell re-aimed at what its sheet now holds. */
    static byte[] normalize(byte[] template) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (Sheet sheet : wb) {
                int lastRow = sheet.getLastRowNum();
                int lastCol = 0;
                for (Row r : sheet) {
                    lastCol = Math.max(lastCol, r.getLastCellNum() - 1);
                }
                for (Map.Entry<CellAddress, ? extends Comment> e : sheet.getCellComments().entrySet()) {
                    String text = e.getValue().getString().getString();
                    if (!text.contains("jx:")) {
                        continue;
                    }
                    StringBuilder out = new StringBuilder();
                    for (String line : text.split("\\R")) {
                        out.append(out.isEmpty() ? "" : "\n").append(aim(line, e.getKey(), sheet, lastRow, lastCol));
                    }
                    if (!out.toString().equals(text)) {
                        e.getValue().setString(wb.getCreationHelper().createRichTextString(out.toString()));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static String aim(String command, CellAddress at, Sheet sheet, int lastRow, int lastCol) {
        Matcher m = LAST_CELL.matcher(command);
        if (!m.find()) {
            return command;
        }
        // Never narrower than the template author drew it: empty cells at the end of a row do not
        // count as used, but what stands below them must still move with the rows.
        int drawnCol = new CellReference(m.group().replaceAll(".*\"([A-Z]+[0-9]+)\".*", "$1")).getCol();
        boolean wholeSheet = command.contains("jx:area") || command.contains("multisheet");
        String cell;
        if (wholeSheet) {
            cell = new CellReference(lastRow, Math.max(lastCol, drawnCol)).formatAsString(false);
        } else {
            Row row = sheet.getRow(at.getRow());
            int col = Math.max(drawnCol, row == null ? at.getColumn() : Math.max(at.getColumn(), row.getLastCellNum() - 1));
            cell = new CellReference(at.getRow(), col).formatAsString(false);
        }
        return m.replaceFirst(Matcher.quoteReplacement("lastCell=\"" + cell + "\""));
    }
}
