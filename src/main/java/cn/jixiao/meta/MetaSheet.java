package cn.jixiao.meta;

import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.registry.Registry.UnitProject;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.template.OfficialTemplates;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The hidden sheet that lets the reader match a returned workbook to the registry: template and
 * version, unit, and for every project sheet the project's id and a digest of what was filled.
 * Plain key/value rows, so a person who unhides it can read it too.
 */
public final class MetaSheet {

    public static final String NAME = "_jixiao";
    public static final String PROJECTS_HEADER = "sheet";

    private MetaSheet() {
    }

    public static void write(Workbook wb, WorkbookJob job, RegistryIO io) {
        Sheet s = wb.createSheet(NAME);
        int r = 0;
        r = pair(s, r, "generator", "jixiao");
        r = pair(s, r, "template_id", job.template().id());
        r = pair(s, r, "template_version", OfficialTemplates.VERSION);
        r = pair(s, r, "template_origin", job.template().origin());
        r = pair(s, r, "form", job.family().key());
        r = pair(s, r, "year", String.valueOf(job.year()));
        r = pair(s, r, "money_unit", job.moneyUnit().label());
        r = pair(s, r, "unit", job.unitLabel());
        r = pair(s, r, "title", job.title() == null ? "" : job.title());
        r = pair(s, r, "filled_at", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        r++;
        Row head = s.createRow(r++);
        String[] columns = {PROJECTS_HEADER, "project_id", "unit", "project_name", "digest", "order"};
        for (int c = 0; c < columns.length; c++) {
            head.createCell(c).setCellValue(columns[c]);
        }
        for (int i = 0; i < job.projects().size(); i++) {
            UnitProject up = job.projects().get(i);
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(job.sheetNames().get(i));
            row.createCell(1).setCellValue(up.project().id() == null ? "" : up.project().id());
            row.createCell(2).setCellValue(up.unit().name());
            row.createCell(3).setCellValue(up.project().name());
            row.createCell(4).setCellValue(io.digest(up.project()));
            row.createCell(5).setCellValue(job.order().get(i));
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
