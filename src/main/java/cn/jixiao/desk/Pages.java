package cn.jixiao.desk;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The desk's pages from FreeMarker templates with HTML auto-escaping (text from a registry or a
 * returned form can never become markup), in the user's language.
 */
final class Pages {

    private final Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    private final Map<String, String> words = new HashMap<>();

    Pages(boolean english) {
        config.setClassForTemplateLoading(Pages.class, "/cn/jixiao/desk");
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        ResourceBundle bundle = ResourceBundle.getBundle("cn.jixiao.desk.words", english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        bundle.keySet().forEach(k -> words.put(k, bundle.getString(k)));
    }

    String word(String key) {
        return words.getOrDefault(key, key);
    }

    String render(String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("w", words);
        all.put("ids", new Anchors());
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(template).process(all, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the desk's template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
