package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A table's rows made ahead on worker threads and put in at their places come out as the same
 * book, byte for byte, as the same rows written one by one through POI: every table of the
 * summary template (with and without a grand-total row), text to escape or wrap, amounts, links,
 * blanks, characters at every edge of UTF-8's lengths and of what POI escapes, a number POI
 * writes as an error, groups, and more rows than the window holds.
 */
class RowsMadeAheadTest {

    private static final Pattern MARKER = Pattern.compile("\\$\\{[a-z]+\\.([^}]*)}");

    private static final Object[] VALUES = {"plain", "汇总 合计（3 个项目）", "<a & b> \"q\" 'x'", "line\nbreak\r\ttab",
        "ctl\u0001 end", "emoji \uD83D\uDE00 𠀀", "lone \uD800 high", "low \uDC00 first \uDC00\uD800", "\u007F\u0085\u009F\u00A0\u00A9\u07FF\u0800\uFFFD\uFFFE\uFFFF", " leading", "trailing ", "",
        "上海市闵行区浦江镇人民政府社区党群服务中心".repeat(12), new BigDecimal("12.30"), new BigDecimal("-0.005"),
        new BigDecimal("1e400"), null, new Figures.Link("项目 & 链接", "项目'表"), new Figures.Link(null, "空")};

    @Test
    void rowsMadeAheadAreTheRowsPoiWrites() throws Exception {
        for (String table : List.of(RollupTemplate.SUMMARY, RollupTemplate.SELF_EVALUATION, RollupTemplate.INDICATORS,
                RollupTemplate.FINDINGS, RollupTemplate.RETURNS)) {
            List<Map<String, Object>> items = items(table, 60);
            Map<String, byte[]> poi = book(table, items, false);
            Map<String, byte[]> ahead = book(table, items, true);
            assertEquals(poi.keySet(), ahead.keySet(), table);
            for (String part : poi.keySet()) {
                assertArrayEquals(poi.get(part), ahead.get(part), table + ": " + part);
            }
            String sheet = poi.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/"))
                    .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
            assertTrue(sheet.contains("&lt;a &amp; b&gt;"), table + ": the items are in the sheet");
        }
    }

    /** Items for a table: each field of its item row takes the values above in turn. */
    private static List<Map<String, Object>> items(String table, int count) throws IOException {
        List<String> fields = new ArrayList<>();
        try (XSSFWorkbook template = template()) {
            for (Row r : template.getSheet(table)) {
                for (Cell c : r) {
                    Matcher m = c.getCellType() == CellType.STRING ? MARKER.matcher(c.getStringCellValue()) : null;
                    while (m != null && m.find()) {
                        fields.add(m.group(1).strip());
                    }
                }
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> values = new HashMap<>();
            for (int f = 0; f < fields.size(); f++) {
                values.put(fields.get(f), VALUES[(i + 7 * f) % VALUES.length]);
            }
            items.add(values);
        }
        return items;
    }

    private static Map<String, byte[]> book(String table, List<Map<String, Object>> items, boolean ahead)
            throws Exception {
        try (XSSFWorkbook template = template()) {
            StreamedBook wb = new StreamedBook(template, 5);
            try {
                XSSFSheet prototype = template.getSheet(table);
                TableWriter w = new TableWriter(wb, prototype, "~" + table, Map.of("title", "标题 & <1>", "moneyUnit", "万元"));
                // Made on other threads, as the rollup makes them, and put in in order.
                List<RowSink.Ready> ready = ahead ? items.parallelStream().map(w::ready).toList() : null;
                for (int i = 0; i < items.size(); i++) {
                    if (ahead) {
                        ready.get(i).put();
                    } else {
                        w.item(items.get(i));
                    }
                    if (i % 13 == 12) {
                        w.closeGroup(Map.of("label", "第 " + i + " 组 小计"));
                    }
                }
                w.closeGroup(Map.of("label", "最后一组"));
                w.finish(Map.of("label", "合计"), true);
                for (String name : List.of(RollupTemplate.SUMMARY, RollupTemplate.SELF_EVALUATION,
                        RollupTemplate.INDICATORS, RollupTemplate.RETURNS, RollupTemplate.FINDINGS,
                        RollupTemplate.CHANGES, RollupTemplate.RESULTS)) {
                    int at = wb.getSheetIndex(name);
                    if (at >= 0) {
                        wb.removeSheetAt(at);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                // Every part but the one with the time it was written.
                return StreamedBookTest.parts(out.toByteArray(), name -> !name.equals("docProps/core.xml"));
            } finally {
                wb.dispose();
            }
        }
    }

    private static XSSFWorkbook template() throws IOException {
        TemplateSource source = TemplateSource.resolve("huizong", RollupTemplate.FILE, null, null);
        return new XSSFWorkbook(new ByteArrayInputStream(source.bytes()));
    }
}
