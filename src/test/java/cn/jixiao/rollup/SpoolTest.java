package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.read.Inputs;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.SeedBook;
import cn.jixiao.support.TestData;
import cn.jixiao.template.TemplateSource;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project the spool holds on the heap and the same project written to disk and read back are
 * the same project, field for field, so a rollup comes out the same whichever way its projects
 * were kept: every project of every registry in test-data, filled and read back, and each
 * registry read as it is; the seeds' own forms; a registry workbook with cells left blank, whose
 * projects with a blank text go to disk, the JSON reading "" as none.
 */
class SpoolTest {

    @Test
    void projectsHeldAndProjectsOnDiskLoadTheSame(@TempDir Path dir) throws Exception {
        WorkbookReader reader = new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null)));
        List<Path> inputs = new ArrayList<>();
        for (Path registry : TestData.registries()) {
            inputs.addAll(ReadBack.fill(registry, dir.resolve(registry.getFileName().toString())));
            inputs.add(registry);
        }
        // Books we did not make: the seeds' own forms, and a registry workbook with cells left blank.
        inputs.add(SeedBook.write("003_21f62814bb364612.txt", "财政项目支出绩效目标表", SeedBook.Layout.ONE_SHEET,
                dir.resolve("seed-003.xlsx")));
        inputs.add(SeedBook.write("002_eec2255c4764dfed.txt", "财政项目支出绩效自评表", SeedBook.Layout.ONE_SHEET,
                dir.resolve("seed-002.xlsx")));
        Path ledger = blanked(dir.resolve("登记表.xlsx"));
        inputs.add(ledger);
        List<ReturnedProject> read = new ArrayList<>();
        new Inputs(reader).read(inputs, new Inputs.Sink() {
            @Override
            public void project(ReturnedProject project) {
                read.add(project);
            }

            @Override
            public void problem(ReadProblem problem, ReturnedProject form) {
            }
        }, f -> { });
        assertTrue(read.size() > 100, "projects read: " + read.size());

        int half = read.stream().limit(read.size() / 2).mapToInt(r -> 1 + r.project().indicators().size()).sum();
        try (Spool onDisk = new Spool(0); Spool held = new Spool(); Spool both = new Spool(half)) {
            for (ReturnedProject r : read) {
                onDisk.add(r);
                held.add(r);
                both.add(r);
            }
            assertTrue(onDisk.entries().stream().allMatch(e -> e.held() < 0));
            for (int i = 0; i < read.size(); i++) {
                ReturnedProject r = read.get(i);
                String where = r.origin().file() + " " + r.project().name();
                assertEquals(onDisk.load(onDisk.entries().get(i)), held.load(held.entries().get(i)), where);
                assertEquals(onDisk.load(onDisk.entries().get(i)), both.load(both.entries().get(i)), where);
                assertEquals(withoutPlace(onDisk.entries().get(i)), withoutPlace(held.entries().get(i)));
                if (!r.origin().file().equals(ledger.toString())) {
                    assertTrue(held.entries().get(i).held() >= 0, "what we fill and the seeds are held: " + where);
                }
            }
            assertTrue(held.entries().stream().anyMatch(e -> e.held() < 0 && e.file().equals(ledger.toString())),
                    "a project with a blank 实施单位 (\"\", which the JSON reads as none) goes to disk");
            assertTrue(both.entries().stream().anyMatch(e -> e.held() >= 0)
                    && both.entries().stream().anyMatch(e -> e.held() < 0), "the budget splits the projects");
        }
    }

    /** Pujiang's registry as a workbook, the first projects' 实施单位 and other cells left blank (names kept). */
    private static Path blanked(Path book) throws Exception {
        assertEquals(0, CliRun.of("registry", "export", TestData.registry("pujiang-2024-mubiao.yaml").toString(), "-o",
                book.toString()).exitCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            XSSFSheet projects = wb.getSheet("项目");
            Row header = projects.getRow(0);
            for (int r = 1; r <= 3; r++) {
                for (Cell c : projects.getRow(r)) {
                    String column = header.getCell(c.getColumnIndex()) == null ? ""
                            : header.getCell(c.getColumnIndex()).getStringCellValue();
                    if (!column.contains("项目名称") && !column.contains("编号")) {
                        c.setBlank();
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        return book;
    }

    /** An entry without where its project is: what the rollup sorts and groups by. */
    private static List<Object> withoutPlace(Spool.Entry e) {
        return List.of(String.valueOf(e.unit()), String.valueOf(e.projectId()), String.valueOf(e.projectName()),
                String.valueOf(e.order()), e.seq(), String.valueOf(e.family()), String.valueOf(e.file()),
                String.valueOf(e.filledDigest()), String.valueOf(e.filledAt()), String.valueOf(e.sheet()));
    }
}
