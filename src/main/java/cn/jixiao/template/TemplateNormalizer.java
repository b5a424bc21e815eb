package cn.jixiao.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Re-aims the {@code lastCell} of every jxls command at what the sheet now holds. A finance
 * officer who inserts a row of text above the indicator table in Excel moves the command's
 * comment with its cell, but Excel does not touch the text {@code lastCell="E13"} inside it;
 * without this step the edited template would fill wrongly. A one-row each keeps to its own
 * row; jx:area and the sheet-wide each reach the sheet's last used cell.
 */
final class TemplateNormalizer {

    private static final Pattern LAST_CELL = Pattern.compile("lastCell\\s*=\\s*\"[A-Z]+[0-9]+\"");

    private TemplateNormalizer() {
    }

    static byte[] normalize(byte[] template) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (Sheet sheet : wb) {
                int lastRow = sheet.getLastRowNum();
                int lastCol = 0;
                for (Row r : sheet) {
                    lastCol = Math.max(lastCol, r.getLastCellNum() - 1);
                }
                for (Map.Entry<CellAddress, ? extends Comment> e : sheet.getCellComments().entrySet()) {
                    String text = e.getValue().getString().getString();
                    if (!text.contains("jx:")) {
                        continue;
                    }
                    StringBuilder out = new StringBuilder();
                    for (String line : text.split("\\R")) {
                        out.append(out.isEmpty() ? "" : "\n").append(aim(line, e.getKey(), sheet, lastRow, lastCol));
                    }
                    if (!out.toString().equals(text)) {
                        e.getValue().setString(wb.getCreationHelper().createRichTextString(out.toString()));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static String aim(String command, CellAddress at, Sheet sheet, int lastRow, int lastCol) {
        Matcher m = LAST_CELL.matcher(command);
        if (!m.find()) {
            return command;
        }
        // Never narrower than the template author drew it: empty cells at the end of a row do not
        // count as used, but what stands below them must still move with the rows.
        int drawnCol = new CellReference(m.group().replaceAll(".*\"([A-Z]+[0-9]+)\".*", "$1")).getCol();
        boolean wholeSheet = command.contains("jx:area") || command.contains("multisheet");
        String cell;
        if (wholeSheet) {
            cell = new CellReference(lastRow, Math.max(lastCol, drawnCol)).formatAsString(false);
        } else {
            Row row = sheet.getRow(at.getRow());
            int col = Math.max(drawnCol, row == null ? at.getColumn() : Math.max(at.getColumn(), row.getLastCellNum() - 1));
            cell = new CellReference(at.getRow(), col).formatAsString(false);
        }
        return m.replaceFirst(Matcher.quoteReplacement("lastCell=\"" + cell + "\""));
    }
}
