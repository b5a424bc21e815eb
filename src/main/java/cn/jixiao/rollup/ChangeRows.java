package cn.jixiao.rollup;

import cn.jixiao.diff.Change;
import cn.jixiao.diff.ChangeLabels;
import cn.jixiao.diff.RegistryDiff;
import cn.jixiao.i18n.Messages;
import cn.jixiao.registry.Registry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 变更 table: what each unit changed against the registry sent, one row per change, sent and returned side by side. */
final class ChangeRows {

    private ChangeRows() {
    }

    /** Said on the sheet when no unit changed anything: a table of headers alone reads as if it were left unfilled. */
    static final String NONE = "（各单位交回时均未作变更）";

    static void write(RowSink sink, Spool spool, List<Spool.Entry> kept, Registry sent) {
        Messages zh = Messages.chinese();
        int[] rows = {0};
        RegistryDiff.changes(sent, each -> kept.forEach(e -> each.accept(spool.load(e))), c -> {
            sink.item(row(zh, c));
            rows[0]++;
        });
        if (rows[0] == 0) {
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("unit", NONE);
            sink.item(none);
        }
    }

    private static Map<String, Object> row(Messages zh, Change c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", c.unit());
        row.put("project", c.project());
        row.put("kind", ChangeLabels.kind(c, zh));
        row.put("field", ChangeLabels.field(c));
        row.put("before", amount(c, c.before()));
        row.put("after", c.kind() == Change.Kind.PROJECT_ADDED ? java.nio.file.Path.of(c.after()).getFileName().toString()
                : amount(c, c.after()));
        row.put("difference", c.difference());
        return row;
    }

    /** An amount stays a number on the sheet (to sum and filter in Excel); everything else is text. */
    private static Object amount(Change c, String value) {
        if (c.kind() != Change.Kind.AMOUNT || value == null) {
            return value;
        }
        try {
            return new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
