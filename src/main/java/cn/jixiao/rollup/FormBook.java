package cn.jixiao.rollup;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The form sheets of a summary book, spliced one after another into a file on disk while the book
 * is made, then set into the written book after its own sheets: each form's part is added to the
 * zip, with its entry in the workbook, its relationship, its content type and its print area and
 * print titles as defined names. The heap holds a few hundred bytes per form (its name, where its
 * part is in the file, its print ranges), however many forms there are.
 */
final class FormBook implements AutoCloseable {

    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String WORKSHEET_REL = SourceBook.RELATIONSHIPS + "/worksheet";
    private static final Pattern SHEET_ID = Pattern.compile("sheetId=\"(\\d+)\"");
    private static final Pattern SHEET_PART = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");

    private record Form(String name, long offset, long length, String printArea, String printTitles) {
    }

    private final SheetSplicer splicer;
    private final Path file;
    private final FileChannel channel;
    private final Writer out;
    private final List<Form> forms = new ArrayList<>();

    FormBook(StyleMap styles) throws IOException {
        splicer = new SheetSplicer(styles);
        file = Files.createTempFile("jixiao-forms", ".xml");
        FileOutputStream fos = new FileOutputStream(file.toFile());
        channel = fos.getChannel();
        out = new OutputStreamWriter(new BufferedOutputStream(fos, 1 << 16), StandardCharsets.UTF_8);
    }

    /**
     * Splices the book's sheet in as a form named name; returns what of it was left out. On
     * failure nothing of it stays, and the caller may fill the form instead.
     */
    Set<String> add(String name, SourceBook book, SourceBook.SheetPart sheet) throws IOException {
        long start = channel.position();
        try {
            Set<String> dropped = splicer.splice(book, sheet, out);
            out.flush();
            long end = channel.position();
            forms.add(new Form(name, start, end - start, retarget(sheet.printArea(), name),
                    retarget(sheet.printTitles(), name)));
            return dropped;
        } catch (IOException | RuntimeException e) {
            out.flush();
            channel.truncate(start);
            channel.position(start);
            throw e;
        }
    }

    int size() {
        return forms.size();
    }

    /** Copies the written book (a zip) to out with the forms set in after its sheets. */
    void write(Path book, OutputStream target) throws IOException {
        out.flush();
        try (ZipFile zip = ZipFile.builder().setPath(book).get()) {
            int firstId = 1;
            int maxPart = 0;
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                Matcher m = SHEET_PART.matcher(en.nextElement().getName());
                if (m.matches()) {
                    maxPart = Math.max(maxPart, Integer.parseInt(m.group(1)));
                }
            }
            final int firstPart = maxPart + 1;
            String workbook = text(zip, "xl/workbook.xml");
            Matcher ids = SHEET_ID.matcher(workbook);
            int sheetsBefore = 0;
            while (ids.find()) {
                firstId = Math.max(firstId, Integer.parseInt(ids.group(1)) + 1);
                sheetsBefore++;
            }
            ZipArchiveOutputStream zout = new ZipArchiveOutputStream(target);
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                switch (e.getName()) {
                    case "xl/workbook.xml" -> put(zout, e.getName(), workbook(workbook, firstId, sheetsBefore));
                    case "xl/_rels/workbook.xml.rels" -> put(zout, e.getName(), insertBefore(text(zip, e.getName()),
                            "</Relationships>", i -> "<Relationship Id=\"rIdJx" + (i + 1) + "\" Type=\"" + WORKSHEET_REL
                                    + "\" Target=\"worksheets/sheet" + (firstPart + i) + ".xml\"/>"));
                    case "[Content_Types].xml" -> put(zout, e.getName(), insertBefore(text(zip, e.getName()), "</Types>",
                            i -> "<Override PartName=\"/xl/worksheets/sheet" + (firstPart + i) + ".xml\" ContentType=\""
                                    + WORKSHEET_TYPE + "\"/>"));
                    default -> zout.addRawArchiveEntry(e, zip.getRawInputStream(e));
                }
            }
            for (int i = 0; i < forms.size(); i++) {
                Form f = forms.get(i);
                ZipArchiveEntry e = new ZipArchiveEntry("xl/worksheets/sheet" + (firstPart + i) + ".xml");
                e.setMethod(ZipEntry.DEFLATED);
                zout.putArchiveEntry(e);
                InputStream in = BoundedInputStream.builder()
                        .setInputStream(Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ)
                                .position(f.offset())))
                        .setMaxCount(f.length()).setPropagateClose(true).get();
                try (in) {
                    in.transferTo(zout);
                }
                zout.closeArchiveEntry();
            }
            zout.finish();
        }
    }

    /** The book's workbook part with the forms' sheets after its own, and their print ranges as defined names. */
    private String workbook(String xml, int firstId, int sheetsBefore) {
        String withSheets = insertBefore(xml, "</sheets>", i -> "<sheet xmlns:r=\"" + SourceBook.RELATIONSHIPS
                + "\" name=\"" + Xml.escape(forms.get(i).name()) + "\" sheetId=\"" + (firstId + i) + "\" r:id=\"rIdJx"
                + (i + 1) + "\"/>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < forms.size(); i++) {
            Form f = forms.get(i);
            if (f.printTitles() != null) {
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(sheetsBefore + i)
                        .append("\">").append(Xml.escape(f.printTitles())).append("</definedName>");
            }
            if (f.printArea() != null) {
                names.append("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"").append(sheetsBefore + i)
                        .append("\">").append(Xml.escape(f.printArea())).append("</definedName>");
            }
        }
        if (names.isEmpty()) {
            return withSheets;
        }
        int close = withSheets.indexOf("</definedNames>");
        if (close >= 0) {
            return withSheets.substring(0, close) + names + withSheets.substring(close);
        }
        // definedNames follows sheets, functionGroups and externalReferences (which the book's writer does not make).
        int at = withSheets.indexOf("</sheets>") + "</sheets>".length();
        return withSheets.substring(0, at) + "<definedNames>" + names + "</definedNames>" + withSheets.substring(at);
    }

    private String insertBefore(String xml, String closing, java.util.function.IntFunction<String> item) {
        int at = xml.lastIndexOf(closing);
        if (at < 0) {
            throw new IllegalStateException("no " + closing + " in the written book");
        }
        StringBuilder b = new StringBuilder(xml.length() + forms.size() * 160).append(xml, 0, at);
        for (int i = 0; i < forms.size(); i++) {
            b.append(item.apply(i));
        }
        return b.append(xml, at, xml.length()).toString();
    }

    private static String text(ZipFile zip, String name) throws IOException {
        ZipArchiveEntry e = zip.getEntry(name);
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void put(ZipArchiveOutputStream zout, String name, String text) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        zout.putArchiveEntry(e);
        zout.write(text.getBytes(StandardCharsets.UTF_8));
        zout.closeArchiveEntry();
    }

    /** A print range of the source sheet ("表!$A$1:$F$24", several joined by commas) pointed at the form's sheet. */
    static String retarget(String refs, String name) {
        if (refs == null || refs.isBlank()) {
            return null;
        }
        String quoted = "'" + name.replace("'", "''") + "'";
        StringBuilder b = new StringBuilder();
        boolean inQuote = false;
        int start = 0;
        for (int i = 0; i <= refs.length(); i++) {
            char c = i < refs.length() ? refs.charAt(i) : ',';
            if (c == '\'') {
                inQuote = !inQuote;
            } else if (c == ',' && !inQuote) {
                String one = refs.substring(start, i).trim();
                int bang = one.lastIndexOf('!');
                if (b.length() > 0) {
                    b.append(',');
                }
                b.append(quoted).append('!').append(bang >= 0 ? one.substring(bang + 1) : one);
                start = i + 1;
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
