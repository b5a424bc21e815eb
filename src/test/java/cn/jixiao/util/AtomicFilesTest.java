package cn.jixiao.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs land whole under their names, and what a killed run left of them goes; nothing else does. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aBatchClearsWhatAKilledRunLeftOfItsOwnOutputsOnly() throws IOException {
        Path a = dir.resolve("2026年申报表-甲.xlsx");
        Path b = dir.resolve("sub").resolve("2026年申报表-乙.xlsx");
        Files.createDirectories(b.getParent());
        Path staleA = Files.writeString(dir.resolve(".2026年申报表-甲.xlsx.8123456789.tmp"), "half");
        Path staleB = Files.writeString(b.getParent().resolve(".2026年申报表-乙.xlsx.42.tmp"), "half");
        Path otherOutput = Files.writeString(dir.resolve(".2026年申报表-丙.xlsx.77.tmp"), "someone else's");
        Path notOurs = Files.writeString(dir.resolve(".2026年申报表-甲.xlsx.draft.tmp"), "a user's file");

        AtomicFiles.Batch batch = new AtomicFiles.Batch(List.of(a, b));
        batch.write(a, false, out -> out.write("甲".getBytes(StandardCharsets.UTF_8)));
        batch.write(b, false, out -> out.write("乙".getBytes(StandardCharsets.UTF_8)));

        assertEquals("甲", Files.readString(a));
        assertEquals("乙", Files.readString(b));
        assertFalse(Files.exists(staleA), "the killed run's temporary of 甲 is gone");
        assertFalse(Files.exists(staleB), "and of 乙, in its own folder");
        assertTrue(Files.exists(otherOutput), "an output this batch does not write keeps its temporary");
        assertTrue(Files.exists(notOurs), "a file not named as ours is left alone");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "甲, sub/ and the two files that were not ours to remove");
        }
    }

    @Test
    void oneFileClearsItsOwnTemporariesToo() throws IOException {
        Path book = dir.resolve("汇总表.xlsx");
        Path stale = Files.writeString(dir.resolve(".汇总表.xlsx.123.tmp"), "half");
        AtomicFiles.write(book, false, out -> out.write(1));
        assertFalse(Files.exists(stale));
        assertEquals(1, Files.size(book));
    }

    @Test
    void aTemporaryNameGivesItsOutput() {
        assertEquals("汇总表.xlsx", AtomicFiles.outputOf(".汇总表.xlsx.123.tmp"));
        assertEquals("a.b.xlsx", AtomicFiles.outputOf(".a.b.xlsx.9.tmp"));
        assertEquals("", AtomicFiles.outputOf(".汇总表.xlsx.tmp"));
        assertEquals("", AtomicFiles.outputOf("汇总表.xlsx.123.tmp"));
        assertEquals("", AtomicFiles.outputOf(".汇总表.xlsx.12a.tmp"));
        assertEquals("", AtomicFiles.outputOf(".123.tmp"));
    }
}
