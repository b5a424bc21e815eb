package cn.jixiao.rollup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The form sheets of a summary book, spliced into files on disk while the book is made (on
 * several threads, each into a file of its own, and each part deflated there as the zip will hold
 * it), then set into the written book after its own sheets, in the book's order: each form's part
 * is added to the zip as it was deflated, with its entry in the workbook, its relationship, its
 * content type and its print area and print titles as defined names. The heap holds a few hundred
 * bytes per form (its name, where its part is, its print ranges), however many forms there are.
 */
final class FormBook implements AutoCloseable {

    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String WORKSHEET_REL = SourceBook.RELATIONSHIPS + "/worksheet";
    private static final Pattern SHEET_ID = Pattern.compile("sheetId=\"(\\d+)\"");
    private static final int FORM_LEVEL = 3;
    private static final Pattern SHEET_PART = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");
    /** What a pen's file is read back through, and how far ahead it is read on rather than sought. */
    private static final int BUFFER = 1 << 16;

    /** A spliced form: its part, deflated, in a pen's file at offset, and its print ranges. */
    private record Form(String name, Pen pen, long offset, long deflated, long size, long crc, String printArea,
                        String printTitles) {
    }

    private final SheetSplicer splicer;
    private final StyleMap styles;
    /** The forms by their place in the book; a place no form was spliced into stays empty. */
    private final Form[] forms;
    private final List<Pen> pens = new ArrayList<>();

    /** A book of at most places forms, its forms' styles mapped into styles. */
    FormBook(StyleMap styles, int places) {
        this.styles = styles;
        splicer = new SheetSplicer(styles);
        forms = new Form[places];
    }

    /**
     * A file to splice forms into, for one thread at a time: each thread that splices takes a pen
     * of its own, and the book closes them all.
     */
    Pen pen() throws IOException {
        Pen p = new Pen();
        synchronized (pens) {
            pens.add(p);
        }
        return p;
    }

    /** Where one thread splices forms: a file on disk, each form's part deflated into it. */
    final class Pen {
        private final Path file;
        private final FileChannel channel;
        private final Counting out;
        /** Level 3: a form's XML deflated in about half the time of the default 6, the part some 9% larger. */
        private final Deflater deflater = new Deflater(FORM_LEVEL, true);
        /** The file read back as the book is written (see {@link #read}). */
        private FileChannel reading;
        /** Through a buffer, counting from where it was last set down in the file (at). */
        private BoundedInputStream buffered;
        private long at;

        private Pen() throws IOException {
            file = Files.createTempFile("jixiao-forms", ".deflated");
            FileOutputStream fos = new FileOutputStream(file.toFile());
            channel = fos.getChannel();
            out = new Counting(new BufferedOutputStream(fos, 1 << 16));
        }

        /**
         * Splices the book's sheet in as the form at place (0 is the first after the book's own
         * sheets) named name; returns what of it was left out. On failure nothing of it stays, and
         * the caller may fill the form instead.
         */
        Set<String> add(int place, String name, SourceBook book, SourceBook.SheetPart sheet) throws IOException {
            long start = out.count;
            CRC32 crc = new CRC32();
            try {
                deflater.reset();
                DeflaterOutputStream deflating = new DeflaterOutputStream(new Unclosed(out), deflater, 1 << 14);
                Counting plain = new Counting(new CheckedOutputStream(deflating, crc));
                Set<String> dropped = splicer.splice(book, sheet, plain);
                deflating.finish();
                Form f = new Form(name, this, start, out.count - start, plain.count, crc.getValue(),
                        retarget(sheet.printArea(), name), retarget(sheet.printTitles(), name));
                synchronized (forms) {
                    if (forms[place] != null) {
                        throw new IllegalStateException("two forms for place " + place);
                    }
                    forms[place] = f;
                }
                return dropped;
            } catch (IOException | RuntimeException e) {
                out.flush();
                channel.truncate(start);
                channel.position(start);
                out.count = start;
                throw e;
            }
        }

        /**
         * A form's deflated part, read from the pen's file as the book is written, one form at a
         * time. A pen's forms are mostly asked for in the order they were spliced into it (a
         * thread splices its workbooks, and their forms, in the book's order), so the file is read
         * on through one buffer, not a seek and a read or two per form; a form behind the buffer,
         * or far ahead of it (a unit's projects split over workbooks another way round), is
         * reached by setting the channel's position down there.
         */
        private InputStream read(Form f) throws IOException {
            if (reading == null) {
                reading = FileChannel.open(file, StandardOpenOption.READ);
            }
            long here = buffered == null ? -1 : at + buffered.getCount();
            if (buffered == null || f.offset() < here || f.offset() - here > BUFFER) {
                at = f.offset();
                buffered = BoundedInputStream.builder()
                        .setInputStream(new BufferedInputStream(Channels.newInputStream(reading.position(at)), BUFFER))
                        .setPropagateClose(false).get();
            }
            IOUtils.skipFully(buffered, f.offset() - (at + buffered.getCount()));
            return BoundedInputStream.builder().setInputStream(buffered).setMaxCount(f.deflated())
                    .setPropagateClose(false).get();
        }

        private void close() throws IOException {
            try (FileChannel r = reading) { // both closed, whichever fails, before the file goes
                deflater.end();
                out.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Counts what passes. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** A stream whose close leaves the stream under it open (a form's part ends; its pen's file goes on). */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * Copies the written book (a zip) to target with the forms set in after its sheets, in the
     * order of their places, and its styles part as the book's style table holds it now: the book's
     * own parts are written while forms are still spliced, and the forms' styles are put into the
     * table ({@link StyleMap#commit}) once the last is, before this is called.
     */
    void write(Path book, OutputStream target) throws IOException {
        List<Form> forms;
        synchronized (this.forms) {
            forms = Arrays.stream(this.forms).filter(Objects::nonNull).toList();
        }
        synchronized (pens) {
            for (Pen p : pens) {
                p.out.flush();
            }
        }
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
            String stylesPart = styles.partName();
            int stylesPut = 0;
            ZipArchiveOutputStream zout = new ZipArchiveOutputStream(target);
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (e.getName().equals(stylesPart)) {
                    put(zout, e.getName(), styles.part());
                    stylesPut++;
                    continue;
                }
                switch (e.getName()) {
                    case "xl/workbook.xml" -> put(zout, e.getName(), workbook(forms, workbook, firstId, sheetsBefore));
                    case "xl/_rels/workbook.xml.rels" -> put(zout, e.getName(), insertBefore(forms,
                            text(zip, e.getName()), "</Relationships>", i -> "<Relationship Id=\"rIdJx" + (i + 1)
                                    + "\" Type=\"" + WORKSHEET_REL + "\" Target=\"worksheets/sheet" + (firstPart + i)
                                    + ".xml\"/>"));
                    case "[Content_Types].xml" -> put(zout, e.getName(), insertBefore(forms, text(zip, e.getName()),
                            "</Types>", i -> "<Override PartName=\"/xl/worksheets/sheet" + (firstPart + i)
                                    + ".xml\" ContentType=\"" + WORKSHEET_TYPE + "\"/>"));
                    default -> zout.addRawArchiveEntry(e, zip.getRawInputStream(e));
                }
            }
            if (stylesPut != 1) {
                // The forms' cells would point at styles the book does not have.
                throw new IllegalStateException("the book's styles part " + stylesPart + " was found " + stylesPut
                        + " times in the written book");
            }
            for (int i = 0; i < forms.size(); i++) {
                Form f = forms.get(i);
                ZipArchiveEntry e = new ZipArchiveEntry("xl/worksheets/sheet" + (firstPart + i) + ".xml");
                e.setMethod(ZipEntry.DEFLATED);
                e.setCrc(f.crc());
                e.setSize(f.size());
                e.setCompressedSize(f.deflated());
                try (InputStream in = f.pen().read(f)) {
                    zout.addRawArchiveEntry(e, in);
                }
            }
            zout.finish();
        }
    }

    /** The book's workbook part with the forms' sheets after its own, and their print ranges as defined names. */
    private static String workbook(List<Form> forms, String xml, int firstId, int sheetsBefore) {
        String withSheets = insertBefore(forms, xml, "</sheets>", i -> "<sheet xmlns:r=\"" + SourceBook.RELATIONSHIPS
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

    private static String insertBefore(List<Form> forms, String xml, String closing,
                                       java.util.function.IntFunction<String> item) {
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
        put(zout, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipArchiveOutputStream zout, String name, byte[] part) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        zout.putArchiveEntry(e);
        zout.write(part);
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
        IOException failed = null;
        synchronized (pens) {
            for (Pen p : pens) {
                try {
                    p.close();
                } catch (IOException e) {
                    failed = failed == null ? e : failed;
                }
            }
            pens.clear();
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Maps all the styles of a workbook whose sheets are to be spliced, unless it has too many
     * (see {@link StyleMap.Source#registerAll}); whether it did.
     */
    boolean registerStyles(SourceBook source) throws IOException {
        return source.styles(styles).registerAll();
    }

    /** Puts the forms' styles into the book's style table: once the last form is spliced, before {@link #write}. */
    void commitStyles() {
        styles.commit();
    }
}
