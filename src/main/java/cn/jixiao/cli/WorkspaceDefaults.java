package cn.jixiao.cli;

import cn.jixiao.i18n.UserError;
import cn.jixiao.workspace.Workspace;
import java.nio.file.Path;

/** The current folder's jixiao.yaml, for a command run without the arguments it would otherwise need. */
final class WorkspaceDefaults {

    private WorkspaceDefaults() {
    }

    static Workspace.Located required() {
        return Workspace.here().orElseThrow(() -> new UserError("workspace.none"));
    }

    /** Use the templates folder of the workspace unless the command was given its own. */
    static void templates(TemplateOptions options, Workspace.Located ws) {
        if (options.template == null && options.templatesDir == null && ws.config().templates() != null) {
            options.templatesDir = ws.path(ws.config().templates());
        }
    }

    static Path or(Path given, Workspace.Located ws, String configured) {
        return given != null ? given : ws.path(configured);
    }

    /**
     * Whether a command may replace its output. An output the workspace names is the command's
     * own, so running the command again replaces it; an output named on the command line may be
     * someone else's file and is replaced only with --force.
     */
    static boolean replaces(Path given, boolean force) {
        return force || given == null;
    }

    /** The registry given, or the workspace's when none was. */
    static Path registry(Path given) {
        if (given != null) {
            return given;
        }
        Workspace.Located ws = required();
        return ws.path(ws.config().registry());
    }

    /** The registries given, or the workspace's when none were. */
    static java.util.List<Path> registries(java.util.List<Path> given) {
        return given != null && !given.isEmpty() ? given : java.util.List.of(registry(null));
    }
}
