package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.read.Inputs;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project the spool holds on the heap and the same project written to disk and read back are
 * the same project, field for field, so a rollup comes out the same whichever way its projects
 * were kept: every project of every registry in test-data, filled and read back, and each
 * registry read as it is.
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
            assertTrue(held.entries().stream().allMatch(e -> e.held() >= 0));
            long kept = both.entries().stream().filter(e -> e.held() >= 0).count();
            assertEquals(read.size() / 2, kept, "the budget holds the first half of the rows");
            for (int i = 0; i < read.size(); i++) {
                ReturnedProject r = read.get(i);
                assertEquals(r, onDisk.load(onDisk.entries().get(i)), r.origin().file() + " " + r.project().name());
                assertEquals(r, held.load(held.entries().get(i)));
                assertEquals(r, both.load(both.entries().get(i)));
                assertEquals(withoutPlace(onDisk.entries().get(i)), withoutPlace(held.entries().get(i)));
            }
        }
    }

    /** An entry without where its project is: what the rollup sorts and groups by. */
    private static List<Object> withoutPlace(Spool.Entry e) {
        return List.of(String.valueOf(e.unit()), String.valueOf(e.projectId()), String.valueOf(e.projectName()),
                String.valueOf(e.order()), e.seq(), String.valueOf(e.family()), String.valueOf(e.file()),
                String.valueOf(e.filledDigest()), String.valueOf(e.filledAt()), String.valueOf(e.sheet()));
    }
}
