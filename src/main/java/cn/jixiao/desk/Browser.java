package cn.jixiao.desk;

import cn.jixiao.i18n.Msg;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Opens the desk's address in the user's browser, when this computer has one to open. */
public final class Browser {

    private Browser() {
    }

    /**
     * Empty when the browser was asked to open; otherwise why it could not be, in the user's words.
     * The JDK's Desktop is tried first; where it is missing or refuses (headless JDKs, some Linux
     * desktops) the platform's own opener is the second try, and its failure is the one reported.
     */
    public static Optional<Msg> open(URI address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (desktopBrowse(address)) {
            return Optional.empty();
        }
        if (!os.contains("win") && !os.contains("mac") && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            return Optional.of(new Msg("desk.noDisplay"));
        }
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                : os.contains("mac") ? List.of("open", address.toString())
                : List.of("xdg-open", address.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Msg("desk.openerFailed", command.get(0), String.valueOf(e.getMessage())));
        }
    }

    /** Whether the JDK's Desktop took the address; false when it is absent, unsupported or failed. */
    private static boolean desktopBrowse(URI address) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return false;
        }
        try {
            Desktop.getDesktop().browse(address);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // the platform's opener is tried next, and its failure is what the user sees
        }
    }
}
