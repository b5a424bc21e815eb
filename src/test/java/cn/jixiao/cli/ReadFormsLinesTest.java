package cn.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.bench.SyntheticRegistry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.SeedBook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What read says of each file: a line per file for a town's returns, but past
 * {@link ReadCommand#FILES_LISTED} files the ones with a form to a sheet (the packs we send, 目录 and all) are
 * summed up in one line, so a district's read does not print thousands of lines alike.
 */
class ReadFormsLinesTest {

    @TempDir
    Path dir;

    @Test
    void aFewFilesGetALineEach() throws Exception {
        Path packs = packs(3);
        CliRun run = CliRun.of("read", packs.toString(), "-o", dir.resolve("back.yaml").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, run.err().lines().filter(l -> l.contains("：2 张表单")).count(), run.err());
        assertFalse(run.err().contains("另有"), run.err());
    }

    @Test
    void manyPacksAreSummedUpInOneLine() throws Exception {
        int files = ReadCommand.FILES_LISTED + 1;
        Path packs = packs(files);
        CliRun run = CliRun.of("read", packs.toString(), "-o", dir.resolve("back.yaml").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, run.err().lines().filter(l -> l.contains("：2 张表单")).count(), run.err());
        assertTrue(run.err().contains("另有 " + files + " 个文件（每张工作表至多 1 张表单），共 " + 2 * files + " 张表单"), run.err());
        assertTrue(run.err().contains("已读取 " + files + " 个文件：" + 2 * files + " 张表单"), run.err());

        CliRun en = CliRun.of("--lang", "en", "read", packs.toString(), "-o", dir.resolve("en.yaml").toString());
        assertTrue(en.err().contains("Also " + files + " files with at most one form on a sheet, " + 2 * files + " forms in all"),
                en.err());
    }

    @Test
    void anOfficeBookAmongManyPacksKeepsItsOwnLine() throws Exception {
        int files = ReadCommand.FILES_LISTED + 1;
        Path packs = packs(files);
        // Wujing's own book of 目标表, as the seed has it: several forms stacked on one sheet.
        SeedBook.write("000_2a745e46b82da2b5.txt", "财政项目支出绩效目标表",
                new SeedBook.Layout(5, 1, false, true, true), packs.resolve("吴泾汇总.xlsx"));
        CliRun run = CliRun.of("read", packs.toString(), "-o", dir.resolve("mixed.yaml").toString());
        // Its forms are of 2026 and the packs of 2024: they are refused, each named, but the book is still listed.
        assertTrue(run.err().contains("吴泾汇总.xlsx 工作表“Sheet1” 单元格 B12：此表为 2026 年度"), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("吴泾汇总\\.xlsx：\\d+ 张表单（Sheet1：\\d+ 张）")), run.err());
        assertTrue(run.err().contains("另有 " + files + " 个文件（每张工作表至多 1 张表单），共 " + 2 * files + " 张表单"),
                run.err());
    }

    private Path packs(int units) throws Exception {
        Path registry = dir.resolve("registry-" + units + ".yaml");
        new RegistryIO().write(SyntheticRegistry.of(units, 2, 3), registry, false);
        Path out = dir.resolve("packs-" + units);
        CliRun fill = CliRun.of("fill", registry.toString(), "-o", out.toString());
        assertEquals(0, fill.exitCode(), fill.err());
        return out;
    }
}
