package cn.jixiao.support;

import cn.jixiao.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs jixiao commands inside a folder, as a person would after cd, for jixiao.yaml: one process
 * whose working folder is that folder runs the commands one after another (one JVM start for all).
 */
public final class InFolder {

    private static final String END = "\u0000end ";

    private InFolder() {
    }

    /** One command's exit code and everything it printed (standard output and error together). */
    public static CliRun run(Path folder, String... args) throws IOException, InterruptedException {
        return script(folder, List.<String[]>of(args)).get(0);
    }

    /** Several commands in turn, in one process. */
    public static List<CliRun> script(Path folder, List<String[]> commands) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InFolder.class.getName()));
        for (String[] c : commands) {
            line.addAll(Arrays.asList(c));
            line.add(";");
        }
        Path log = Files.createTempFile("jixiao", ".log");
        try {
            Process p = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("jixiao did not finish in 300 s: " + Files.readString(log));
            }
            List<CliRun> runs = new ArrayList<>();
            String[] parts = Files.readString(log, StandardCharsets.UTF_8).split(END);
            for (int i = 0; i + 1 < parts.length; i++) {
                int code = Integer.parseInt(parts[i + 1].lines().findFirst().orElseThrow().strip());
                String printed = i == 0 ? parts[0] : parts[i].substring(parts[i].indexOf('\n') + 1);
                runs.add(new CliRun(code, printed, printed));
            }
            if (runs.size() != commands.size()) {
                throw new AssertionError("the process stopped early: " + Files.readString(log));
            }
            return runs;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** In the child process: runs the commands separated by ";", each followed by its exit code. */
    public static void main(String[] args) {
        List<String> command = new ArrayList<>();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        for (String a : args) {
            if (!a.equals(";")) {
                command.add(a);
                continue;
            }
            int code = Cli.run(command.toArray(String[]::new), out, out, false);
            out.println(END + code);
            out.flush();
            command.clear();
        }
    }
}
