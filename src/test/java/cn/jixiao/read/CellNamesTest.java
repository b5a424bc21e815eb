package cn.jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names origins keep (registry paths, cells) are what the fields and cells are called, and a
 * reader hands every form the same copy of each: a rollup holds the origin of every form.
 */
class CellNamesTest {

    @TempDir
    Path dir;

    @Test
    void namesAreSpeltAsBeforeAndMadeOnce() {
        CellNames names = new CellNames();
        assertEquals("F12", names.cell(11, 5));
        assertEquals("AB1", names.cell(0, 27));
        assertEquals("XFD1048576", names.cell(1_048_575, 16_383));
        assertSame(names.cell(11, 5), names.cell(11, 5));
        assertEquals("indicators[3].target", names.indicatorPath(3, "i.target"));
        assertEquals("indicators[0].name", names.indicatorPath(0, "i.numberedName"));
        assertEquals("indicators[200].points", names.indicatorPath(200, "i.points"));
        assertSame(names.indicatorPath(200, "i.points"), names.indicatorPath(200, "i.points"));
        assertEquals("funds.annual_total", names.projectPath("p.annualTotal"));
        assertEquals(FieldPaths.ofProjectField("p.budget.row1.annualTotal"),
                names.projectPath("p.budget.row1.annualTotal"));
        assertSame(names.projectPath("p.budget.row1.annualTotal"), names.projectPath("p.budget.row1.annualTotal"));
        assertNull(names.projectPath("p.notAField"));
    }

    @Test
    void aBatchThatKeepsNoCellsRecordsNone() {
        ProjectDraft draft = new ProjectDraft(ValuePool.create(), null);
        draft.projectCell("p.annualTotal", 5, 4);
        draft.indicatorCell("i.target", 11, 5);
        assertTrue(draft.cells().isEmpty(), draft.cells().toString());
        ProjectDraft kept = new ProjectDraft(ValuePool.none(), new CellNames());
        kept.projectCell("p.annualTotal", 5, 4);
        kept.indicatorCell("i.target", 11, 5);
        kept.projectCell("p.notAField", 1, 1);
        assertEquals(Map.of("funds.annual_total", "E6", "indicators[0].target", "F12"), kept.cells());
    }

    @Test
    void namesMadeOnManyThreadsAreOneCopyEach() {
        CellNames names = new CellNames();
        List<String> cells = java.util.stream.IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> names.cell(i % 50, i % 13)).toList();
        for (int i = 0; i < cells.size(); i++) {
            assertSame(names.cell(i % 50, i % 13), cells.get(i));
        }
    }

    @Test
    void everyFormReadKeepsTheSameCopyOfEachName() {
        List<Path> books = ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), dir.resolve("packs"));
        WorkbookReader reader = new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null)));
        List<Map<String, String>> origins = new ArrayList<>();
        for (Path book : books) {
            reader.read(book).forms().forEach(f -> origins.add(f.cells()));
        }
        assertTrue(origins.size() > 2, "forms read: " + origins.size());
        Map<String, String> first = origins.get(0);
        assertTrue(first.containsKey("indicators[0].target") && first.containsKey("funds.annual_total"), first.toString());
        int shared = 0;
        for (Map<String, String> other : origins.subList(1, origins.size())) {
            for (var e : other.entrySet()) {
                String same = first.get(e.getKey());
                if (same != null && same.equals(e.getValue())) {
                    // The key and the cell are the very strings the first form holds.
                    String key = first.keySet().stream().filter(k -> k.equals(e.getKey())).findFirst().orElseThrow();
                    assertSame(key, e.getKey());
                    assertSame(same, e.getValue());
                    shared++;
                }
            }
        }
        assertTrue(shared > 50, "names shared between forms: " + shared);
    }
}
