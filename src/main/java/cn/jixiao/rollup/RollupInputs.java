package cn.jixiao.rollup;

import cn.jixiao.check.Finding;
import cn.jixiao.check.ReadFindings;
import cn.jixiao.read.Inputs;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.FormFamily;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Takes every input of a rollup into the spool, one project at a time, and keeps what the book
 * says of the inputs as a whole: the problems met (and what they mean as findings), the title,
 * the year.
 */
final class RollupInputs implements Inputs.Sink {

    private final WorkbookReader reader;
    private final List<ReadProblem> problems = new ArrayList<>();
    private final List<Finding> problemFindings = new ArrayList<>();
    private Spool spool;
    private String title;
    private Integer year;
    private boolean allSelfEvaluations = true;

    RollupInputs(WorkbookReader reader) {
        this.reader = reader;
    }

    List<ReadProblem> problems() {
        return problems;
    }

    /** The problems met while reading, as check would report them, in the order met. */
    List<Finding> problemFindings() {
        return problemFindings;
    }

    /** The title a workbook's hidden sheet or a registry carried, else one made of the year and the forms. */
    String title() {
        if (title != null) {
            return title;
        }
        return (year == null ? "" : year + " 年度") + "项目绩效" + (allSelfEvaluations ? "自评" : "目标") + "汇总表";
    }

    void read(List<Path> files, Spool spool, Consumer<Path> progress) {
        this.spool = spool;
        new Inputs(reader).read(files, this, progress);
    }

    @Override
    public void project(ReturnedProject p) {
        year = year != null ? year : p.year();
        allSelfEvaluations &= p.family() == FormFamily.ZIPING;
        spool.add(p);
    }

    @Override
    public void problem(ReadProblem problem, ReturnedProject form) {
        problems.add(problem);
        problemFindings.add(ReadFindings.of(problem, form));
    }

    @Override
    public void title(String t) {
        title = title != null ? title : t;
    }
}
