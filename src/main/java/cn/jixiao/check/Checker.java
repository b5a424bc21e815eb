package cn.jixiao.check;

import cn.jixiao.ledger.Registries;
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
import cn.jixiao.registry.RegistryLines;
import cn.jixiao.registry.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The rules of one project's form. */
    public static void checkProject(Subject s, Findings out) {
        for (Rule rule : RULES) {
            rule.check(s, out);
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
        return cn.jixiao.read.InputFiles.of(inputs);
    }

    public Report check(List<Path> files, Consumer<Path> progress) {
        Findings out = new Findings();
        List<Subject> subjects = new ArrayList<>();
        java.util.Set<Path> unread = new java.util.LinkedHashSet<>();
        boolean registryUnread = false;
        for (Path file : files) {
            boolean registry = Registries.isRegistry(file);
            try {
                if (registry) {
                    subjects.addAll(fromRegistry(file));
                } else {
                    subjects.addAll(fromWorkbook(file, out, unread));
                }
            } catch (UserError e) {
                for (cn.jixiao.i18n.Msg m : e.msgs()) {
                    out.add(new Finding(Severity.ERROR, "file.unreadable", m,
                            new Place(file.toString(), null, null, null, null), null, null));
                }
                unread.add(file);
                registryUnread |= registry;
            }
            progress.accept(file);
        }
        for (Subject s : subjects) {
            checkProject(s, out);
        }
        checkSet(subjects, out);
        return new Report(List.copyOf(subjects), out.all(), List.copyOf(unread), registryUnread);
    }

    private static List<Subject> fromRegistry(Path file) {
        Registry r = Registries.read(file);
        RegistryLines lines = RegistryLines.of(file);
        List<Subject> list = new ArrayList<>();
        for (int u = 0; u < r.units().size(); u++) {
            Unit unit = r.units().get(u);
            for (int p = 0; p < unit.projects().size(); p++) {
                Project project = unit.projects().get(p);
                list.add(new Subject(file.toString(), null, unit.name(), project, r.formOf(project), r.year(),
                        r.moneyUnit(), "units[" + u + "].projects[" + p + "]", Map.of(), lines));
            }
        }
        return list;
    }

    private List<Subject> fromWorkbook(Path file, Findings out, java.util.Set<Path> unread) {
        ReadWorkbook book = reader.read(file);
        Map<String, ReadForm> bySheet = new java.util.HashMap<>();
        book.forms().forEach(f -> bySheet.put(f.sheet(), f));
        for (ReadProblem p : book.problems()) {
            ReadForm form = p.sheet() == null ? null : bySheet.get(p.sheet());
            if (p.error()) {
                unread.add(file);
            }
            String key = p.message().key();
            boolean notANumber = key.equals("read.notAnAmount") || key.equals("read.notANumber");
            out.add(new Finding(p.error() || notANumber ? Severity.ERROR : Severity.WARNING,
                    notANumber ? "value.notANumber" : key, p.message(),
                    new Place(file.toString(), p.sheet(), p.cell(), null, null),
                    form == null ? null : form.unit(), form == null ? null : form.project().name()));
        }
        List<Subject> list = new ArrayList<>();
        for (ReadForm f : book.forms()) {
            list.add(new Subject(file.toString(), f.sheet(), f.unit(), f.project(), f.family(), f.year(),
                    f.moneyUnit(), null, f.cells(), null));
        }
        return list;
    }

}
