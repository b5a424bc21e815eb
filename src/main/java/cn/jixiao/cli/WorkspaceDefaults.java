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
}
