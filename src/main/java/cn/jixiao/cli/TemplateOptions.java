package cn.jixiao.cli;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which templates to use: shared by the commands that fill forms and those that read them back. */
public final class TemplateOptions {

    @Option(names = {"-t", "--template"}, paramLabel = "FILE", descriptionKey = "options.template")
    Path template;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "options.templates")
    Path templatesDir;

    TemplateSource resolve(FormFamily family) {
        return TemplateSource.resolve(family, template, templatesDir);
    }

    /** For commands that only read forms back: the template's cells, without re-aiming its jx: comments. */
    TemplateSource resolveForReading(FormFamily family) {
        return TemplateSource.resolveForReading(family, template, templatesDir);
    }
}
