package cn.jixiao.support;

import cn.jixiao.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a jixiao command in process and keeps what it printed and its exit code. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), false);
        return new CliRun(code, out.toString(), err.toString());
    }
}
