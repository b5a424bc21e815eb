package cn.jixiao.check;

import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.read.Inputs;
import cn.jixiao.registrybook.Registries;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.RegistryLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checks registries and returned workbooks: every project against the rules of its form, then the
 * set as a whole. A file that cannot be read is itself a finding, and the others are checked.
 */
public final class Checker {

    private static final List<Rule> RULES = List.of(new HeaderRules(), new MoneyRules(), new FrameworkRules(),
            new SelfEvaluationRules());

    private final WorkbookReader reader;

    public Checker(WorkbookReader reader) {
        this.reader = reader;
    }

    /** What was checked and what was found. */
    public record Report(List<Subject> subjects, List<Finding> findings, List<Path> unread, boolean registryUnread) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }

        /** Some input (a file, or a form in it) could not be read: what was not read was not checked. */
        public boolean hasUnread() {
            return !unread.isEmpty();
        }
    }

    /** The rules of one project's form, reading indicator values through {@code values}. */
    public static void checkProject(Subject s, Findings out, ParsedValues values) {
        for (Rule rule : RULES) {
            rule.check(s, out, values);
        }
    }

    /**
     * The rules over a whole set. They read only each subject's unit, project name and 主管部门, so
     * a caller streaming many projects may pass subjects holding just those.
     */
    public static void checkSet(List<Subject> subjects, Findings out) {
        SetRules.check(subjects, out);
    }

    public static List<Path> files(List<Path> inputs) {
        return Inputs.files(inputs);
    }

    public Report check(List<Path> files, Consumer<Path> progress) {
        Findings out = new Findings();
        List<Subject> subjects = new ArrayList<>();
        Map<String, RegistryLines> lines = new HashMap<>();
        java.util.Set<Path> unread = new java.util.LinkedHashSet<>();
        boolean[] registryUnread = {false};
        new Inputs(reader).read(files, new Inputs.Sink() {
            @Override
            public void project(ReturnedProject p) {
                subjects.add(subject(p, lines));
            }

            @Override
            public void problem(ReadProblem p, ReturnedProject form) {
                out.add(ReadFindings.of(p, form));
                if (p.error()) {
                    unread.add(p.file());
                    registryUnread[0] |= p.sheet() == null && Registries.isRegistry(p.file());
                }
            }
        }, progress);
        ParsedValues values = new ParsedValues();
        for (Subject s : subjects) {
            checkProject(s, out, values);
        }
        checkSet(subjects, out);
        return new Report(List.copyOf(subjects), out.all(), List.copyOf(unread), registryUnread[0]);
    }

    /** A project under check; a registry's lines are read once per file, for the findings to name them. */
    public static Subject subject(ReturnedProject p, Map<String, RegistryLines> lines) {
        RegistryLines l = p.origin().isRegistry()
                ? lines.computeIfAbsent(p.origin().file(), f -> RegistryLines.of(Path.of(f))) : null;
        return new Subject(p, l);
    }
}
