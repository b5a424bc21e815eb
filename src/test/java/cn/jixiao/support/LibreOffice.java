package cn.jixiao.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Converts files with headless LibreOffice, as a unit re-saving a workbook would. */
public final class LibreOffice {

    private LibreOffice() {
    }

    public static boolean installed() {
        return onPath("soffice");
    }

    public static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Converts every file to {@code format} (pdf, xlsx, xls) into outDir, with a throwaway profile. */
    public static void convert(List<Path> files, String format, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        run(command);
    }

    public static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), "failed: " + command);
    }
}
