package cn.jixiao.service;

import cn.jixiao.diff.Change;
import cn.jixiao.diff.RegistryDiff;
import cn.jixiao.read.Inputs;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.Registry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What each unit changed against the registry sent, the projects that did not come back included. */
public final class ChangeService {

    /** The changes, and the problems met reading the returns. */
    public record Changes(List<Change> changes, List<ReadProblem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(ReadProblem::error);
        }
    }

    private final WorkbookReader reader;

    public ChangeService(WorkbookReader reader) {
        this.reader = reader;
    }

    /**
     * The changes in projects already read, in the order read, against the registry sent: for a
     * command that has read the returns for something else (check's report) and need not read
     * them again.
     */
    public static List<Change> of(Registry sent, List<ReturnedProject> returned) {
        List<Change> changes = new ArrayList<>();
        RegistryDiff.changes(sent, returned::forEach, changes::add);
        return List.copyOf(changes);
    }

    public Changes against(Registry sent, List<Path> files) {
        List<Change> changes = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        RegistryDiff.changes(sent, each -> new Inputs(reader).read(files, new Inputs.Sink() {
            @Override
            public void project(ReturnedProject p) {
                each.accept(p);
            }

            @Override
            public void problem(ReadProblem p, ReturnedProject form) {
                problems.add(p);
            }
        }, f -> { }), changes::add);
        return new Changes(List.copyOf(changes), List.copyOf(problems));
    }
}
