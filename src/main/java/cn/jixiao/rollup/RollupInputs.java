package cn.jixiao.rollup;

import cn.jixiao.registrybook.Registries;
import cn.jixiao.i18n.UserError;
import cn.jixiao.read.ReadBatch;
import cn.jixiao.read.ReadForm;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReadWorkbook;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.registry.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every input of a rollup into the spool, one at a time: registries whole, workbooks form
 * by form. A file that cannot be read becomes a problem and the others go on.
 */
final class RollupInputs {

    private final WorkbookReader reader;
    private final List<ReadProblem> problems = new ArrayList<>();
    private String title;
    private Integer year;
    private boolean allSelfEvaluations = true;

    RollupInputs(WorkbookReader reader) {
        this.reader = reader;
    }

    List<ReadProblem> problems() {
        return problems;
    }

    /** The title a workbook's hidden sheet or a registry carried, else one made of the year and the forms. */
    String title() {
        if (title != null) {
            return title;
        }
        return (year == null ? "" : year + " 年度") + "项目绩效" + (allSelfEvaluations ? "自评" : "目标") + "汇总表";
    }

    private void seen(Integer y, cn.jixiao.registry.FormFamily family) {
        year = year != null ? year : y;
        allSelfEvaluations &= family == cn.jixiao.registry.FormFamily.ZIPING;
    }

    /** The files the inputs name: registries as given, workbooks as given or found in folders. */
    static List<Path> files(List<Path> inputs) {
        return cn.jixiao.read.InputFiles.of(inputs);
    }

    void read(List<Path> files, Spool spool, Consumer<Path> progress) {
        RegistryIO io = new RegistryIO();
        int seq = 0;
        for (Path file : files) {
            try {
                if (Registries.isRegistry(file)) {
                    Registry r = Registries.read(file);
                    title = title != null ? title : r.title();
                    int order = 0;
                    for (int ui = 0; ui < r.units().size(); ui++) {
                        Unit u = r.units().get(ui);
                        for (int pi = 0; pi < u.projects().size(); pi++) {
                            Project p = u.projects().get(pi);
                            seen(r.year(), r.formOf(p));
                            spool.add(new Returned(u.name(), r.formOf(p), r.year(), r.moneyUnit(), p,
                                    file.toString(), null, null, null, order++, seq++, java.util.Map.of(),
                                    "units[" + ui + "].projects[" + pi + "]"));
                        }
                    }
                } else {
                    ReadWorkbook book = reader.read(file);
                    problems.addAll(book.problems());
                    String filledAt = book.meta().map(m -> m.get("filled_at")).orElse(null);
                    if (title == null) {
                        title = book.meta().map(m -> m.get("title")).orElse(null);
                    }
                    for (ReadForm f : book.forms()) {
                        seen(f.year(), f.family());
                        spool.add(new Returned(f.unit(), f.family(), f.year(), f.moneyUnit(), f.project(),
                                file.toString(), f.sheet(), f.filledDigest(), filledAt, f.order(), seq++, f.cells(),
                                null));
                    }
                }
            } catch (UserError e) {
                problems.add(new ReadProblem(file, null, null, true, e.msg()));
            }
            progress.accept(file);
        }
    }
}
