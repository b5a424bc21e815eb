package cn.jixiao.meta;

import cn.jixiao.meta.MetaInfo.SheetEntry;
import cn.jixiao.template.OfficialTemplates;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The hidden sheet that lets the reader match a returned workbook to the registry: template and
 * version, unit, and for every project sheet the project's id and a digest of what was filled.
 * Plain key/value rows, so a person who unhides it can read it too. Its keys are written here and
 * read back through {@link MetaInfo}, nowhere else.
 */
public final class MetaSheet {

    public static final String NAME = "_jixiao";
    public static final String PROJECTS_HEADER = "sheet";

    static final String GENERATOR = "generator";
    static final String TEMPLATE_ID = "template_id";
    static final String TEMPLATE_VERSION = "template_version";
    static final String TEMPLATE_ORIGIN = "template_origin";
    static final String FORM = "form";
    static final String YEAR = "year";
    static final String MONEY_UNIT = "money_unit";
    static final String UNIT = "unit";
    static final String TITLE = "title";
    static final String FILLED_AT = "filled_at";

    /**
     * What one filled workbook records: the template it was filled from, the form (its key), year,
     * money unit (its label), implementing unit and title, and a row per project sheet.
     */
    public record Stamp(String templateId, String templateOrigin, String form, int year, String moneyUnit,
                        String unit, String title, List<SheetEntry> sheets) {
    }

    private MetaSheet() {
    }

    public static void write(Workbook wb, Stamp stamp) {
        Sheet s = wb.createSheet(NAME);
        int r = 0;
        r = pair(s, r, GENERATOR, "jixiao");
        r = pair(s, r, TEMPLATE_ID, stamp.templateId());
        r = pair(s, r, TEMPLATE_VERSION, OfficialTemplates.VERSION);
        r = pair(s, r, TEMPLATE_ORIGIN, stamp.templateOrigin());
        r = pair(s, r, FORM, stamp.form());
        r = pair(s, r, YEAR, String.valueOf(stamp.year()));
        r = pair(s, r, MONEY_UNIT, stamp.moneyUnit());
        r = pair(s, r, UNIT, stamp.unit());
        r = pair(s, r, TITLE, stamp.title() == null ? "" : stamp.title());
        r = pair(s, r, FILLED_AT, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        r++;
        Row head = s.createRow(r++);
        String[] columns = {PROJECTS_HEADER, "project_id", "unit", "project_name", "digest", "order"};
        for (int c = 0; c < columns.length; c++) {
            head.createCell(c).setCellValue(columns[c]);
        }
        for (SheetEntry e : stamp.sheets()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(e.sheet());
            row.createCell(1).setCellValue(e.projectId() == null ? "" : e.projectId());
            row.createCell(2).setCellValue(e.unit());
            row.createCell(3).setCellValue(e.projectName());
            row.createCell(4).setCellValue(e.digest());
            row.createCell(5).setCellValue(e.order());
        }
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.HIDDEN);
    }

    private static int pair(Sheet s, int r, String key, String value) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
