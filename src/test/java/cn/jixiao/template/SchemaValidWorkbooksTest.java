package cn.jixiao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every part of every workbook jixiao writes is valid against the ECMA-376 schemas (those
 * poi-ooxml-full ships): Excel is strict where LibreOffice is not, e.g. about colours written
 * as three bytes where the schema wants four (ARGB).
 */
class SchemaValidWorkbooksTest {

    /**
     * Parts no schema in poi-ooxml-full covers: the package's own [Content_Types].xml and core
     * properties (OPC schemas, not shipped), and the legacy VML drawing of cell comments. They
     * must still be well-formed XML.
     */
    private static final Pattern NO_SCHEMA = Pattern.compile(
            "\\[Content_Types]\\.xml|docProps/core\\.xml|xl/drawings/vmlDrawing\\d+\\.vml");

    private static final SchemaTypeLoader SCHEMAS = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem);

    @TempDir
    Path dir;

    @Test
    void packsSummaryBookRegistryWorkbookAndTemplatesAreSchemaValid() throws Exception {
        List<Path> books = new ArrayList<>();
        for (String registry : List.of("wujing-2026-mubiao.yaml", "jiuting-2026-shenbao.yaml", "wujing-2022-ziping.yaml")) {
            books.addAll(ReadBack.fill(TestData.registry(registry), dir.resolve(registry)));
        }
        Path summary = dir.resolve("汇总表.xlsx");
        CliRun rollup = CliRun.of("rollup", dir.resolve("wujing-2022-ziping.yaml").toString(),
                dir.resolve("wujing-2026-mubiao.yaml").toString(), "-o", summary.toString());
        assertEquals(0, rollup.exitCode(), rollup.err());
        books.add(summary);
        // Forms filled from a registry and spliced in (the spliced returns are in the book above).
        Path fromRegistry = dir.resolve("汇总表（登记表）.xlsx");
        CliRun registryRollup = CliRun.of("rollup", TestData.registry("jiuting-2026-shenbao.yaml").toString(),
                "-o", fromRegistry.toString());
        assertEquals(0, registryRollup.exitCode(), registryRollup.err());
        books.add(fromRegistry);
        Path ledger = dir.resolve("登记表.xlsx");
        CliRun export = CliRun.of("registry", "export", TestData.registry("wujing-2022-ziping.yaml").toString(),
                "-o", ledger.toString());
        assertEquals(0, export.exitCode(), export.err());
        books.add(ledger);
        for (String template : List.of("mubiao.xlsx", "shenbao.xlsx", "ziping.xlsx", "huizong.xlsx")) {
            books.add(Path.of("templates", template));
        }
        List<String> problems = new ArrayList<>();
        int validated = 0;
        for (Path book : books) {
            try (ZipFile zip = new ZipFile(book.toFile())) {
                for (ZipEntry part : Collections.list(zip.entries())) {
                    if (part.isDirectory() || !isXml(part.getName())) {
                        continue;
                    }
                    XmlObject xml;
                    try (InputStream in = zip.getInputStream(part)) {
                        xml = SCHEMAS.parse(in, null, new XmlOptions().setLoadLineNumbers());
                    }
                    if (xml.schemaType() == XmlObject.type || xml.schemaType().isNoType()) {
                        if (!NO_SCHEMA.matcher(part.getName()).matches()) {
                            problems.add(book.getFileName() + "!" + part.getName() + ": no schema for its root element");
                        }
                        continue;
                    }
                    List<XmlError> errors = new ArrayList<>();
                    if (!xml.validate(new XmlOptions().setErrorListener(errors))) {
                        problems.add(book.getFileName() + "!" + part.getName() + ": " + errors.get(0));
                    }
                    validated++;
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(validated > 50, "the parts were validated, not skipped: " + validated);
    }

    private static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
    }

}
