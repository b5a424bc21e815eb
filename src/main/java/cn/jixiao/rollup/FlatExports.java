package cn.jixiao.rollup;

import cn.jixiao.template.TemplateSource;
import cn.jixiao.util.AtomicFiles;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The book's tables outside the book, for other tools: one JSON file, or one CSV file per table,
 * with the columns the book's template gives each table.
 */
final class FlatExports {

    private FlatExports() {
    }

    static void write(Rollup.Outputs outputs, Feed feed, Map<String, String> book, TemplateSource bookTemplate)
            throws IOException {
        if (outputs.json() == null && outputs.csvDir() == null) {
            return;
        }
        Map<Feed.Table, TableColumns> columns = columns(book, bookTemplate);
        if (outputs.json() != null) {
            AtomicFiles.write(outputs.json(), outputs.force(), out -> writeJson(out, feed, book, columns));
        }
        if (outputs.csvDir() != null) {
            writeCsv(outputs.csvDir(), outputs.force(), feed, columns);
        }
    }

    private static void writeJson(OutputStream out, Feed feed, Map<String, String> book,
                                  Map<Feed.Table, TableColumns> columns) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("title", book.get("title"));
            g.writeStringField("money_unit", book.get("moneyUnit"));
            Map<String, Feed.Table> arrays = new LinkedHashMap<>();
            arrays.put("summary", Feed.Table.SUMMARY);
            arrays.put("self_evaluation", Feed.Table.SELF_EVALUATION);
            arrays.put("indicators", Feed.Table.INDICATORS);
            for (var t : arrays.entrySet()) {
                if (feed.any(t.getValue()) && columns.containsKey(t.getValue())) {
                    feed.run(t.getValue(), List.of(new JsonSink(g, t.getKey(), columns.get(t.getValue()))));
                }
            }
            g.writeEndObject();
        }
    }

    private static void writeCsv(Path dir, boolean force, Feed feed, Map<Feed.Table, TableColumns> columns) {
        for (Feed.Table t : Feed.Table.values()) {
            if (!feed.any(t) || !columns.containsKey(t)) {
                continue;
            }
            AtomicFiles.write(dir.resolve(t.sheet() + ".csv"), force, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\uFEFF'); // so that Excel opens the file as UTF-8
                feed.run(t, List.of(new CsvSink(w, columns.get(t))));
                w.flush();
            });
        }
    }

    /** The columns of each table as the book's template has them, for the flat exports. */
    private static Map<Feed.Table, TableColumns> columns(Map<String, String> book, TemplateSource bookTemplate)
            throws IOException {
        Map<Feed.Table, TableColumns> columns = new java.util.EnumMap<>(Feed.Table.class);
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(bookTemplate.bytes()))) {
            for (Feed.Table t : Feed.Table.values()) {
                XSSFSheet sheet = template.getSheet(t.sheet());
                if (sheet != null) {
                    columns.put(t, TableColumns.of(sheet, book));
                }
            }
        }
        return columns;
    }
}
