package cn.jixiao.bench;

import cn.jixiao.fill.FileNames;
import cn.jixiao.fill.FillPlan;
import cn.jixiao.fill.Filler;
import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import java.util.List;

/** Returned workbooks for the read and rollup benchmarks: filled from a synthetic registry, as units send them back. */
final class Returns {

    private Returns() {
    }

    /** Fills the workbooks into dir; the registry they came from is let go, so it does not weigh on heap figures. */
    static List<Path> fill(Path dir, int files, int projects, int indicators) {
        List<WorkbookJob> jobs = FillPlan.of(SyntheticRegistry.of(files, projects, indicators),
                FillPlan.Grouping.UNIT, dir, FileNames.DEFAULT_PATTERN, f -> TemplateSource.resolve(f, null, null),
                new FileNames());
        Filler.perCore().fill(jobs, true, j -> { });
        return jobs.stream().map(WorkbookJob::target).toList();
    }
}
