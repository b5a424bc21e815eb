package cn.jixiao.desk;

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

    /** Empty when the browser was asked to open; otherwise why it could not be. */
    public static Optional<String> open(URI address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                : os.contains("mac") ? List.of("open", address.toString())
                : List.of("xdg-open", address.toString());
        try {
            if (!GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(address);
                return Optional.empty();
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the platform's own opener
        }
        if (!os.contains("win") && !os.contains("mac") && System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null) {
            return Optional.of("no display");
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
