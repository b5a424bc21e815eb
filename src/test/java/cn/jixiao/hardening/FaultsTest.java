package cn.jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.bench.SyntheticRegistry;
import cn.jixiao.i18n.UserError;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.TestData;
import cn.jixiao.util.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults while writing: no partial file ever stands under a final name, and running again completes the job. */
class FaultsTest {

    @TempDir
    Path dir;

    @Test
    void anOutputFolderThatCannotBeWrittenIsAClearError() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        CliRun run = CliRun.of("fill", TestData.registry("xidu-2024-shenbao.yaml").toString(),
                "-o", notAFolder.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("file.txt"), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("内部错误"), run.err());
    }

    @Test
    void aFullDiskLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("汇总表.xlsx");
        UserError e = assertThrows(UserError.class, () -> AtomicFiles.write(target, false, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no output and no temporary file");
        }
    }

    @Test
    void aFillKilledHalfwayLeavesOnlyWholeWorkbooksAndRunningAgainCompletesIt() throws Exception {
        Path registry = dir.resolve("200.yaml");
        new RegistryIO().write(SyntheticRegistry.of(200, 2, 6), registry, false);
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "cn.jixiao.cli.Main",
                "fill", registry.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (workbooks(out).size() < 20 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        List<Path> written = workbooks(out);
        assertTrue(written.size() < 200, "killed before the end (" + written.size() + " written)");
        for (Path book : written) {
            try (XSSFWorkbook wb = new XSSFWorkbook(book.toFile())) {
                assertTrue(wb.getNumberOfSheets() >= 3, book + " is whole");
            }
        }
        CliRun again = CliRun.of("fill", registry.toString(), "-o", out.toString(), "--force");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(200, workbooks(out).size());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    private static List<Path> workbooks(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".xlsx")).toList();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
