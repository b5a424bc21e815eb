package cn.jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks and registries, made here (the large ones are never committed): each gets a
 * clear message for that file within bounded time, the rest of the batch is read, and nothing in
 * them is ever evaluated or followed.
 */
class HostileInputsTest {

    @TempDir
    Path dir;

    private Path good;

    /** A batch folder with one good returned workbook in it. */
    private Path batch() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        good = ReadBack.fill(TestData.registry("xidu-2024-shenbao.yaml"), dir.resolve("pack")).get(0);
        Files.copy(good, batch.resolve("good.xlsx"));
        return batch;
    }

    @Test
    void hostileWorkbooksEachGetAClearErrorAndTheGoodOneIsRead() throws Exception {
        Path batch = batch();
        // A zip bomb: one sheet part inflating to 300 MB of spaces.
        rewrite(good, batch.resolve("bomb.xlsx"), "xl/worksheets/sheet3.xml", out -> {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
        });
        // XXE: a sheet that declares an external entity.
        rewrite(good, batch.resolve("xxe.xlsx"), "xl/worksheets/sheet3.xml", out -> out.write(("""
                <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>
                """).getBytes(StandardCharsets.UTF_8)));
        // A million rows.
        rewrite(good, batch.resolve("million.xlsx"), "xl/worksheets/sheet3.xml", out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int r = 1; r <= 1_000_000; r++) {
                b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                        .append("</v></c></row>");
                if (b.length() > 1 << 16) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            out.write((b + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        });
        // A huge shared-strings table.
        rewrite(good, batch.resolve("strings.xlsx"), "xl/sharedStrings.xml", out -> {
            out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300_000; i++) {
                out.write(("<si><t>字符串" + i + "</t></si>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
        long start = System.nanoTime();
        CliRun run = CliRun.of("read", batch.toString());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 60, "bounded time: " + seconds + " s");
        assertEquals(2, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.contains("bomb.xlsx：工作簿已损坏") && err.contains("zip bomb"), err);
        assertTrue(err.contains("xxe.xlsx：工作簿已损坏"), err);
        assertFalse(err.contains("root:"), "the entity was not followed");
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertTrue(run.out().contains("党建经费"), "the good workbook and the readable parts of the others were read");

        Path book = dir.resolve("汇总表.xlsx");
        CliRun rollup = CliRun.of("rollup", batch.toString(), "-o", book.toString(), "--no-forms");
        assertEquals(2, rollup.exitCode(), "the bad files are reported: " + rollup.err());
        assertTrue(rollup.err().contains("bomb.xlsx") && rollup.err().contains("3 个项目"), rollup.err());
        assertTrue(Files.size(book) > 0, "the book holds the good files' projects");
    }

    @Test
    void aFormulaPointingAtAnotherWorkbookIsNotFollowed() throws Exception {
        Path batch = batch();
        rewrite(good, batch.resolve("external.xlsx"), "xl/worksheets/sheet3.xml", in -> { }, xml ->
                xml.replaceFirst("<c r=\"F6\"([^>]*)>.*?</c>", "<c r=\"F6\"$1><f>[1]Sheet1!A1</f></c>"));
        CliRun run = CliRun.of("read", batch.resolve("external.xlsx").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("F6") && run.err().contains("无法在这里计算"), run.err());
        assertFalse(run.out().contains("annual_total: 1217200"), "the amount is not made up: " + run.out());
    }

    @Test
    void hostileRegistriesAreRefusedOrWrittenLiterally() throws Exception {
        String head = "year: 2024\nform: mubiao\nmoney_unit: 万元\nunits:\n  - name: ";
        Path nan = Files.writeString(dir.resolve("nan.yaml"), head + "甲\n    projects:\n      - name: 乙\n        funds: {total: .nan}\n");
        assertClean(CliRun.of("stats", nan.toString()), "nan.yaml");
        Path inf = Files.writeString(dir.resolve("inf.yaml"), head + "甲\n    projects:\n      - name: 乙\n        funds: {total: .inf}\n");
        assertClean(CliRun.of("stats", inf.toString()), "inf.yaml");
        StringBuilder deep = new StringBuilder("a: ");
        for (int i = 0; i < 5000; i++) {
            deep.append('[');
        }
        Path nested = Files.writeString(dir.resolve("deep.yaml"), deep.toString());
        assertClean(CliRun.of("stats", nested.toString()), "deep.yaml");
        Path huge = Files.writeString(dir.resolve("huge.yaml"), head + "甲\n    projects:\n      - name: " + "长".repeat(40_000) + "\n");
        CliRun fill = CliRun.of("fill", huge.toString(), "-o", dir.resolve("out").toString());
        assertClean(fill, "huge.yaml");
        assertTrue(fill.err().contains("32767"), fill.err());
        Path control = Files.writeString(dir.resolve("ctl.yaml"), head + "\"../..\\u0007/单位\"\n    projects:\n      - name: \"=HYPERLINK(\\\"http://x\\\")\"\n");
        CliRun ok = CliRun.of("fill", control.toString(), "-o", dir.resolve("ctl").toString());
        assertEquals(0, ok.exitCode(), ok.err());
        Path written = Path.of(ok.out().strip());
        assertEquals(dir.resolve("ctl").toAbsolutePath().normalize(), written.toAbsolutePath().getParent().normalize(),
                "inside the output folder");
        assertFalse(written.getFileName().toString().chars().anyMatch(Character::isISOControl));
    }

    private static void assertClean(CliRun run, String file) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(file), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("内部错误"),
                run.err());
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void rewrite(Path from, Path to, String part, Body body) throws IOException {
        rewrite(from, to, part, body, null);
    }

    /** Copies an .xlsx, replacing one part with what body writes (or with the original edited). */
    private static void rewrite(Path from, Path to, String part, Body body,
                                java.util.function.UnaryOperator<String> edit) throws IOException {
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    replaced = true;
                    if (edit != null) {
                        out.write(edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
                    } else {
                        body.write(out);
                    }
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertTrue(replaced, part + " is in the workbook");
    }

}
