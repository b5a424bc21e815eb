package cn.jixiao.diff;

import cn.jixiao.registrybook.Registries;
import cn.jixiao.i18n.UserError;
import cn.jixiao.read.ReadForm;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReadWorkbook;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.registry.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Every returned project of the inputs, workbook forms and registry projects alike, handed on one at a time. */
public final class ReturnedProjects {

    private final WorkbookReader reader;

    public ReturnedProjects(WorkbookReader reader) {
        this.reader = reader;
    }

    public void read(List<Path> files, Consumer<RegistryDiff.Back> each, List<ReadProblem> problems) {
        RegistryIO io = new RegistryIO();
        for (Path file : files) {
            try {
                if (Registries.isRegistry(file)) {
                    Registry r = Registries.read(file);
                    for (Unit u : r.units()) {
                        for (Project p : u.projects()) {
                            each.accept(new RegistryDiff.Back(u.name(), p, r.moneyUnit(), file.toString()));
                        }
                    }
                } else {
                    ReadWorkbook book = reader.read(file);
                    problems.addAll(book.problems());
                    for (ReadForm f : book.forms()) {
                        each.accept(new RegistryDiff.Back(f.unit(), f.project(), f.moneyUnit(), file.toString()));
                    }
                }
            } catch (UserError e) {
                problems.add(new ReadProblem(file, null, null, true, e.msg()));
            }
        }
    }
}
