package cn.jixiao.read;

import cn.jixiao.grid.SheetGrid;
import cn.jixiao.grid.XlsxGridLoader;
import cn.jixiao.grid.ZipParts;
import cn.jixiao.i18n.UserError;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.template.OfficialTemplates;
import cn.jixiao.template.TemplateSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The map of each form family, learnt once from the same templates fill uses (the office's own
 * in templates/, else the official ones), so reading follows whatever the office edited.
 */
public final class TemplateMaps {

    private final Function<FormFamily, TemplateSource> sources;
    private final Map<FormFamily, TemplateMap> maps = new EnumMap<>(FormFamily.class);

    public TemplateMaps(Function<FormFamily, TemplateSource> sources) {
        this.sources = sources;
    }

    public synchronized TemplateMap of(FormFamily family) {
        return maps.computeIfAbsent(family, f -> learn(f, sources.apply(f)));
    }

    private static TemplateMap learn(FormFamily family, TemplateSource source) {
        try (ZipParts parts = ZipParts.of(source.bytes())) {
            for (SheetGrid sheet : new XlsxGridLoader().load(parts)) {
                if (sheet.name().equals(OfficialTemplates.FORM_SHEET)) {
                    return TemplateMap.of(family, sheet);
                }
            }
        } catch (Exception e) {
            throw new UserError("template.unreadable", source.origin(), String.valueOf(e.getMessage()));
        }
        throw new UserError("template.noFormSheet", source.origin(), OfficialTemplates.FORM_SHEET);
    }
}
