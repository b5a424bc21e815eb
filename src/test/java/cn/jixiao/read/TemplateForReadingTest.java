package cn.jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.template.TemplateSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers learn a form's map from the template's bytes as they are, without re-aiming its jx:
 * comments: the map is the same as the one learnt from the re-aimed template, for the official
 * templates in an office's templates/ folder and for one the office edited (rows inserted, which
 * is what re-aiming is for).
 */
class TemplateForReadingTest {

    @TempDir
    Path dir;

    @Test
    void theMapFromTheTemplateAsItIsIsTheMapFromTheReAimedOne() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        for (FormFamily f : FormFamily.values()) {
            Files.copy(Path.of("templates", TemplateSource.fileName(f)), templates.resolve(TemplateSource.fileName(f)));
        }
        Path edited = templates.resolve("mubiao.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("templates", "mubiao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet form = wb.getSheet("表单");
            form.shiftRows(2, form.getLastRowNum(), 2, true, false);
            form.createRow(2).createCell(0).setCellValue("填报单位（盖章）：");
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        for (FormFamily f : FormFamily.values()) {
            TemplateSource reAimed = TemplateSource.resolve(f, null, templates);
            TemplateSource asItIs = TemplateSource.resolveForReading(f, null, templates);
            if (f == FormFamily.MUBIAO) {
                assertNotEquals(new String(reAimed.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1),
                        new String(asItIs.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), "re-aiming rewrote it");
            }
            assertEquals(new TemplateMaps(x -> reAimed).of(f).toString(), new TemplateMaps(x -> asItIs).of(f).toString(),
                    f.key());
        }
    }
}
