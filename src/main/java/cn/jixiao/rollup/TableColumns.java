package cn.jixiao.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The columns of a summary table as its template sheet has them: each item-row marker with the
 * header above it. Flat exports follow the template, so a column the office removed is not exported.
 */
record TableColumns(List<String> fields, List<String> headers) {

    private static final Pattern MARKER = Pattern.compile("\\$\\{[a-z]+\\.([^}]*)}");
    private static final Pattern BOOK = Pattern.compile("\\$\\{book\\.([^}]*)}");

    static TableColumns of(XSSFSheet prototype, Map<String, String> book) {
        List<String> fields = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (Row r : prototype) {
            for (Cell c : r) {
                if (c.getCellType() != CellType.STRING) {
                    continue;
                }
                Matcher m = MARKER.matcher(c.getStringCellValue().strip());
                if (m.matches() && c.getStringCellValue().matches("\\s*\\$\\{[risfcm]\\..*")) {
                    fields.add(m.group(1));
                    Row above = prototype.getRow(r.getRowNum() - 1);
                    Cell h = above == null ? null : above.getCell(c.getColumnIndex());
                    String header = h == null || h.getCellType() != CellType.STRING ? m.group(1) : h.getStringCellValue();
                    headers.add(BOOK.matcher(header).replaceAll(x -> Matcher.quoteReplacement(
                            book.getOrDefault(x.group(1), ""))));
                }
            }
            if (!fields.isEmpty()) {
                break;
            }
        }
        return new TableColumns(List.copyOf(fields), List.copyOf(headers));
    }
}
