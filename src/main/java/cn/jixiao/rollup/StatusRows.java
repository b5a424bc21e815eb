package cn.jixiao.rollup;

import cn.jixiao.i18n.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The 回收情况 table: one row per implementing unit, in the book's language (Chinese). */
final class StatusRows {

    private StatusRows() {
    }

    static void write(RowSink sink, List<UnitStatus> units) {
        Messages zh = Messages.chinese();
        for (UnitStatus u : units) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", u.unit());
            row.put("state", zh.get("status.state." + u.state().name()));
            row.put("expected", BigDecimal.valueOf(u.expected()));
            row.put("returned", BigDecimal.valueOf(u.returned()));
            row.put("details", u.details().stream().map(zh::render).collect(Collectors.joining("；")));
            sink.item(row);
        }
    }
}
