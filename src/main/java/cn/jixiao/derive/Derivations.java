package cn.jixiao.derive;

import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;

/** Next year's registry as text, with last year's results as comments when they are given. */
public final class Derivations {

    private Derivations() {
    }

    public static String nextYearText(Registry thisYear, Registry next, Registry results, RegistryFormat format) {
        String text = new RegistryIO().toText(next, format);
        if (results == null || format != RegistryFormat.YAML) {
            return text;
        }
        return new ResultComments(results).annotate(text, thisYear);
    }
}
