package cn.jixiao.read;

import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.WorkbookFiles;
import cn.jixiao.i18n.UserError;
import cn.jixiao.meta.MetaInfo;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.Unit;
import cn.jixiao.registrybook.LedgerReader;
import cn.jixiao.registrybook.Registries;
import cn.jixiao.util.InOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one way in for what comes back: registries (YAML, JSON, the registry workbook) and returned
 * workbooks alike become {@link ReturnedProject}s with their origin, handed on one at a time so
 * that a caller may stream them. A file that cannot be read becomes a problem and the others go on.
 */
public final class Inputs {

    /** What the inputs yield, as they are read. */
    public interface Sink {

        void project(ReturnedProject project);

        /** A problem, with the form it concerns when it concerns one (its unit and project name), else null. */
        void problem(ReadProblem problem, ReturnedProject form);

        /** The title a registry or a workbook's hidden sheet carried. */
        default void title(String title) {
        }
    }

    private final WorkbookReader reader;

    public Inputs(WorkbookReader reader) {
        this.reader = reader;
    }

    /** The files the inputs name: files as given, the workbooks found in folders; a missing input is an error. */
    public static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new UserError("file.notFound", p);
            }
            files.addAll(ReadBatch.expand(List.of(p)));
        }
        return files;
    }

    public void read(List<Path> files, Sink sink, Consumer<Path> progress) {
        int[] seq = {0};
        // Files are read side by side; what they give reaches the sink in file order, as a loop would.
        InOrder.map(files, InOrder.threads(files.size()), this::load, done -> {
            Path file = done.item();
            if (done.error() instanceof UserError e) {
                for (cn.jixiao.i18n.Msg m : e.msgs()) { // a registry's problems, each on its own
                    sink.problem(ReadProblem.unreadable(file, m), null);
                }
            } else if (done.error() != null) {
                throw done.error();
            } else {
                seq[0] = done.result() instanceof Registry r ? registry(file, r, sink, seq[0])
                        : workbook(file, (ReadWorkbook) done.result(), sink, seq[0]);
            }
            progress.accept(file);
        });
    }

    /** A registry, or the forms of a returned workbook (safe to run on any thread). */
    private Object load(Path file) {
        if (RegistryFormat.of(file).isPresent()) {
            return Registries.read(file);
        }
        if (!WorkbookFiles.looksLikeWorkbook(file)) {
            return reader.read(file); // which says what the file is instead (CSV, HTML, …)
        }
        // Opened once and read as what it turns out to be: a registry workbook (登记表) or a returned pack.
        try (LoadedWorkbook book = WorkbookFiles.open(file)) {
            return LedgerReader.isLedger(book) ? new LedgerReader().read(book) : reader.read(book);
        } catch (IOException e) {
            throw new UserError("file.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private static int registry(Path file, Registry r, Sink sink, int seq) {
        if (r.title() != null) {
            sink.title(r.title());
        }
        int order = 0;
        for (int u = 0; u < r.units().size(); u++) {
            Unit unit = r.units().get(u);
            for (int p = 0; p < unit.projects().size(); p++) {
                Project project = unit.projects().get(p);
                Origin origin = new Origin(file.toString(), null, Map.of(), "units[" + u + "].projects[" + p + "]",
                        null, null, order++, seq++);
                sink.project(new ReturnedProject(unit.name(), r.formOf(project), r.year(), r.moneyUnit(), project,
                        origin));
            }
        }
        return seq;
    }

    private int workbook(Path file, ReadWorkbook book, Sink sink, int seq) {
        book.meta().map(MetaInfo::title).ifPresent(sink::title);
        String filledAt = book.meta().map(MetaInfo::filledAt).orElse(null);
        Map<String, ReturnedProject> bySheet = new HashMap<>();
        List<ReturnedProject> projects = new ArrayList<>();
        for (ReadForm f : book.forms()) {
            Origin origin = new Origin(file.toString(), f.sheet(), f.cells(), null, f.filledDigest(), filledAt,
                    f.order(), seq++);
            ReturnedProject p = new ReturnedProject(f.unit(), f.family(), f.year(), f.moneyUnit(), f.project(), origin);
            bySheet.put(f.sheet(), p);
            projects.add(p);
        }
        for (ReadProblem problem : book.problems()) {
            sink.problem(problem, problem.sheet() == null ? null : bySheet.get(problem.sheet()));
        }
        projects.forEach(sink::project);
        return seq;
    }
}
