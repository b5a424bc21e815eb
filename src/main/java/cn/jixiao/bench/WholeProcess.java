package cn.jixiao.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs commands as processes of their own, JVM start included, interleaved so that a busy machine
 * weighs on each alike, and gives the median wall time of each.
 */
final class WholeProcess {

    private final Path jar;
    private final String java;

    private WholeProcess(Path jar) {
        this.jar = jar;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Present only when running from the packaged jar (not from a test's class folder). */
    static Optional<WholeProcess> fromJar() {
        try {
            Path p = Path.of(WholeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(new WholeProcess(p))
                    : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The JVM options this process runs with (the launcher's: class-data sharing, compiler, heap),
     * less profiler and debugger agents, so a jixiao child runs as {@code ./jixiao} would.
     */
    List<String> launcherOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.contains("FlightRecording") && !a.startsWith("-agent") && !a.startsWith("-javaagent")
                        && !a.contains("jdwp"))
                .toList();
    }

    /** {@code java [options] -jar jixiao.jar args…} */
    List<String> jixiao(List<String> options, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(options);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** {@code java [options] -cp jixiao.jar mainClass args…} */
    List<String> main(List<String> options, Class<?> mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", jar.toString(), mainClass.getName()));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** Median wall time in nanoseconds of each command over runs, run one after another in turn. */
    static long[] medians(List<List<String>> commands, int runs) throws IOException, InterruptedException {
        long[][] times = new long[commands.size()][runs];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < commands.size(); c++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(commands.get(c)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                int code = p.waitFor();
                times[c][r] = System.nanoTime() - t0;
                if (code != 0) {
                    throw new IOException("exit " + code + ": " + String.join(" ", commands.get(c)));
                }
            }
        }
        long[] medians = new long[commands.size()];
        for (int c = 0; c < commands.size(); c++) {
            Arrays.sort(times[c]);
            medians[c] = times[c][runs / 2];
        }
        return medians;
    }

    static String folder(Path p) {
        return p.toString() + File.separator;
    }
}
