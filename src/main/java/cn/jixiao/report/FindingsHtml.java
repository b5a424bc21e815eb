package cn.jixiao.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The check report as one HTML file: a summary per implementing unit, then the findings grouped by
 * unit and project. Rendered with FreeMarker's HTML auto-escaping, so text from a form cannot
 * become markup; styles are inline and there are no scripts or web fonts, so it opens anywhere,
 * offline, and prints.
 */
public final class FindingsHtml {

    private final Configuration config = new Configuration(Configuration.VERSION_2_3_34);

    public FindingsHtml() {
        config.setClassForTemplateLoading(FindingsHtml.class, "/cn/jixiao/report");
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
    }

    /** The report's words in the user's language. */
    public static Map<String, String> texts(cn.jixiao.i18n.Messages m, FindingsView view) {
        Map<String, String> text = new HashMap<>();
        for (String k : java.util.List.of("lang", "byUnit", "unit", "projects", "errors", "warnings", "findings", "none",
                "wholeFile", "severity", "where", "what", "changes")) {
            text.put(k, m.get("check.html." + k));
        }
        text.put("summary", m.get("check.summary", String.valueOf(view.getProjects()), String.valueOf(view.getErrors()),
                String.valueOf(view.getWarnings())));
        text.put("noChanges", m.get("diff.none"));
        for (String col : java.util.List.of("project", "kind", "field", "before", "after", "difference")) {
            text.put("col" + Character.toUpperCase(col.charAt(0)) + col.substring(1), m.get("diff.col." + col));
        }
        return text;
    }

    public void write(FindingsView view, java.util.List<Map<String, String>> changes, boolean compared,
                      Map<String, String> text, String title, OutputStream out) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("changes", changes);
        model.put("compared", compared);
        model.put("t", text);
        model.put("title", title);
        try {
            Template template = config.getTemplate("check-report.ftlh");
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            template.process(model, w);
            w.flush();
        } catch (TemplateException e) {
            throw new IllegalStateException("the report template failed: " + e.getMessage(), e);
        }
    }
}
