package cn.jixiao.grid;

import cn.jixiao.i18n.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.SAXException;

/**
 * Opens a returned file, read-only, as grids: .xlsx streamed, .xls through POI's model. Decides
 * by the file's first bytes, not its name, because some systems export HTML or CSV named .xlsx.
 * Whatever is wrong with the file becomes one clear message naming it.
 */
public final class WorkbookFiles {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookFiles() {
    }

    /** Office's lock files (~$name.xlsx) are left alone: they are not workbooks. */
    public static boolean isLockFile(Path file) {
        return file.getFileName().toString().startsWith("~$");
    }

    public static boolean looksLikeWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".xlsm")) && !isLockFile(file);
    }

    /**
     * The sheet names of an .xlsx, read from its workbook part alone, without loading any sheet;
     * empty when the file is no .xlsx or cannot be read (the caller then opens it the usual way).
     */
    public static java.util.Optional<List<String>> sheetNames(Path file) {
        try {
            if (!startsWith(head(file), ZIP)) {
                return java.util.Optional.empty();
            }
            try (ZipParts parts = ZipParts.of(file)) {
                return java.util.Optional.of(XlsxGridLoader.sheetNames(parts));
            }
        } catch (IOException | SAXException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public static LoadedWorkbook open(Path file) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new UserError("read.emptyFile", file);
        }
        if (startsWith(head, ZIP)) {
            return openXlsx(file);
        }
        if (startsWith(head, OLE2)) {
            return openOle2(file);
        }
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        String kind = text.startsWith("<") ? "HTML" : "CSV";
        throw new UserError("read.notWorkbook", file, kind);
    }

    private static LoadedWorkbook openXlsx(Path file) {
        try (ZipParts parts = ZipParts.of(file)) {
            return new LoadedWorkbook(file, new XlsxGridLoader().load(parts), WorkbookFiles::model);
        } catch (IOException | SAXException | RuntimeException e) {
            String other = otherOfficeDocument(file);
            throw other != null ? new UserError("read.otherOffice", file, other)
                    : new UserError("read.damaged", file, message(e));
        }
    }

    private static LoadedWorkbook openOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new UserError("read.encrypted", file);
            }
            if (fs.getRoot().hasEntry("WordDocument")) { // an old .doc renamed .xls
                throw new UserError("read.otherOffice", file, "Word");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
                return new LoadedWorkbook(file, new UsermodelGridLoader().load(wb), f -> {
                    throw new IllegalStateException(".xls formulas are computed when loaded");
                });
            }
        } catch (EncryptedDocumentException e) {
            throw new UserError("read.encrypted", file);
        } catch (UserError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UserError("read.damaged", file, message(e));
        }
    }

    /** "Word" or "PowerPoint" for such a package renamed .xlsx (a common mistake), else null. */
    private static String otherOfficeDocument(Path file) {
        try (ZipParts parts = ZipParts.of(file)) {
            for (String[] kind : new String[][] {{"word/document.xml", "Word"}, {"ppt/presentation.xml", "PowerPoint"}}) {
                try (InputStream in = parts.open(kind[0])) {
                    if (in != null) {
                        return kind[1];
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** POI's full model of an .xlsx, for computing formulas that carry no stored value. */
    private static Workbook model(Path file) {
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new UserError("read.damaged", file, message(e));
        }
    }

    /** Whether the file is a zip (.xlsx and its kin) rather than an .xls or anything else; false when unreadable. */
    public static boolean isZip(Path file) {
        try {
            return startsWith(head(file), ZIP);
        } catch (UserError e) {
            return false;
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (NoSuchFileException e) {
            throw new UserError("file.notFound", file);
        } catch (IOException e) {
            throw new UserError("file.unreadable", file, message(e));
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
