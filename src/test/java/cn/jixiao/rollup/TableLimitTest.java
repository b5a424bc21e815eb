package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A table longer than a sheet holds: the items past the last row are counted, and the subtotal and total still close it. */
class TableLimitTest {

    @Test
    void itemsPastTheSheetsLastRowAreCountedAndTheTotalsStillFit() throws Exception {
        itemsPastTheLastRow(false);
    }

    /** The same with the rows made ahead, as the rollup writes them. */
    @Test
    void rowsMadeAheadPastTheSheetsLastRowAreCountedToo() throws Exception {
        itemsPastTheLastRow(true);
    }

    private static void itemsPastTheLastRow(boolean ahead) throws Exception {
        TemplateSource source = TemplateSource.resolve("huizong", RollupTemplate.FILE, null, null);
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()))) {
            StreamedBook wb = new StreamedBook(template, 200);
            try {
                int lastRow = 12;
                TableWriter w = new TableWriter(wb, template.getSheet(RollupTemplate.SUMMARY), "~t", Map.of("title", "t"),
                        lastRow);
                int firstItem = -1;
                for (int i = 0; i < 30; i++) {
                    if (ahead) {
                        w.ready(Map.of()).put();
                    } else {
                        w.item(Map.of());
                    }
                }
                w.closeGroup(Map.of());
                w.finish(Map.of());
                Sheet sheet = w.sheet();
                for (Row r : template.getSheet(RollupTemplate.SUMMARY)) {
                    if (firstItem < 0 && r.getCell(0) != null && r.getCell(0).toString().contains("${r.")) {
                        firstItem = r.getRowNum();
                    }
                }
                assertTrue(firstItem > 0, "the template's item row");
                assertEquals(lastRow, sheet.getLastRowNum(), "the total stands on the sheet's last row");
                int written = lastRow - 2 - firstItem + 1;
                assertEquals(30 - written, w.rowsLeftOut(), "every item is either written or counted");
            } finally {
                wb.dispose();
            }
        }
    }
}
