package cn.jixiao.template;

import cn.jixiao.i18n.UserError;
import cn.jixiao.registry.FormFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a family's template comes from: a file given with -t, else templates/<family>.xlsx in the
 * working folder (the finance office's own, possibly edited), else the official one inside the
 * jar. The bytes are read once and shared by every workbook filled from them.
 */
public record TemplateSource(String id, String origin, byte[] bytes) {

    public static TemplateSource resolve(FormFamily family, Path explicit, Path templatesDir) {
        return resolve(family.key(), fileName(family), explicit, templatesDir, Prepare.REAIM);
    }

    /**
     * The same template, for learning where a form's fields are: the file's bytes as they are.
     * Readers learn from the cells alone; the jx: comments that {@link TemplateNormalizer} re-aims
     * are never read, and opening the template with POI's model to re-aim them cost a read more
     * time than a hundred forms.
     */
    public static TemplateSource resolveForReading(FormFamily family, Path explicit, Path templatesDir) {
        return resolve(family.key(), fileName(family), explicit, templatesDir, Prepare.AS_IS);
    }

    /**
     * The same search for another template file of templates/ (the summary book's, huizong.xlsx),
     * which need hold no jxls command: one that holds none is used as it is.
     */
    public static TemplateSource resolve(String id, String fileName, Path explicit, Path templatesDir) {
        return resolve(id, fileName, explicit, templatesDir, Prepare.REAIM_IF_COMMANDS);
    }

    /** What is done to a template read from a file before it is used (see {@link TemplateNormalizer}). */
    private enum Prepare { AS_IS, REAIM, REAIM_IF_COMMANDS }

    private static TemplateSource resolve(String id, String fileName, Path explicit, Path templatesDir,
                                          Prepare prepare) {
        if (explicit != null) {
            return fromFile(id, explicit, prepare);
        }
        Path local = (templatesDir == null ? Path.of("templates") : templatesDir).resolve(fileName);
        if (Files.isRegularFile(local)) {
            return fromFile(id, local, prepare);
        }
        if (templatesDir != null) {
            throw new UserError("file.notFound", local);
        }
        try (InputStream in = TemplateSource.class.getResourceAsStream("/templates/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("official template missing from the jar: " + fileName);
            }
            return new TemplateSource(id, "jixiao:" + fileName, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String fileName(FormFamily family) {
        return family.key() + ".xlsx";
    }

    private static TemplateSource fromFile(String id, Path file, Prepare prepare) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new TemplateSource(id, file.toString(), switch (prepare) {
                case AS_IS -> bytes;
                case REAIM -> TemplateNormalizer.normalize(bytes);
                case REAIM_IF_COMMANDS -> TemplateNormalizer.normalizeIfCommands(bytes);
            });
        } catch (NoSuchFileException e) {
            throw new UserError("file.notFound", file);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new UserError("template.unreadable", file, String.valueOf(e.getMessage()));
        }
    }
}
