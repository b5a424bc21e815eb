package cn.jixiao.cli;

import cn.jixiao.read.ReadProblem;
import java.util.List;

/** Prints what went wrong while reading, one line each, naming file, sheet and cell where there are. */
final class ProblemPrinter {

    private final Env env;

    ProblemPrinter(Env env) {
        this.env = env;
    }

    void print(List<ReadProblem> problems) {
        for (ReadProblem p : problems) {
            // A whole-file message names its file itself.
            String where = p.sheet() == null ? ""
                    : p.cell() == null ? env.t("where.sheet", p.file(), p.sheet())
                    : env.t("where.cell", p.file(), p.sheet(), p.cell());
            env.err().println(env.t(p.error() ? "error.prefix" : "warning.prefix") + where
                    + env.messages().render(p.message()));
        }
    }
}
