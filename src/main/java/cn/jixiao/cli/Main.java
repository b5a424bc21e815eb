package cn.jixiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point of jixiao.jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Chinese must come out as UTF-8 whatever the platform default (Windows consoles included:
        // jixiao.cmd switches the console to code page 65001).
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        System.exit(Cli.run(args, out, err, interactive));
    }
}
