package cn.jixiao.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Relationship targets as writers put them: relative, with "..", absolute; external links left out. */
class RelationshipsTest {

    @Test
    void targetsResolveToPartNamesAndExternalLinksAreLeftOut() throws Exception {
        String rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"x/worksheet\" Target=\"../xl/worksheets/./sheet2.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"x/styles\" Target=\"/xl/styles.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"x/hyperlink\" Target=\"https://example.org\" TargetMode=\"External\"/>"
                + "</Relationships>";
        String root = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://x/officeDocument\" Target=\"xl/book.xml\"/></Relationships>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(root.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/_rels/book.xml.rels"));
            zip.write(rels.getBytes(StandardCharsets.UTF_8));
        }
        try (ZipParts parts = ZipParts.of(bytes.toByteArray())) {
            assertEquals("xl/book.xml", Relationships.workbook(parts));
            List<Relationships.Relationship> found = Relationships.of(parts, "xl/book.xml");
            assertEquals(List.of(new Relationships.Relationship("rId1", "x/worksheet", "xl/worksheets/sheet1.xml"),
                    new Relationships.Relationship("rId2", "x/worksheet", "xl/worksheets/sheet2.xml"),
                    new Relationships.Relationship("rId3", "x/styles", "xl/styles.xml")), found);
            assertEquals("xl/styles.xml", Relationships.targetOfType(found, "/styles"));
            assertEquals(List.of(), Relationships.of(parts, "xl/worksheets/sheet1.xml"), "no relationships part");
        }
    }
}
