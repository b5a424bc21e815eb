package cn.jixiao.registrybook;

import cn.jixiao.indicator.Framework;
import cn.jixiao.indicator.FrameworkVersion;
import cn.jixiao.registrybook.LedgerColumns.Column;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a registry as a workbook for offices that keep their lists in Excel: flat sheets 项目, 指标
 * and (for self-evaluations) 自评, Chinese headers, frozen header rows, filters and drop-downs, and
 * a 登记表 sheet with the year, form and money unit. Amounts keep the decimals they were written
 * with (as the number format of their cell), so reading the workbook back gives the registry exactly.
 */
public final class LedgerWriter {

    private final Map<Integer, CellStyle> amounts = new HashMap<>();

    public void write(Registry r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            meta(wb.createSheet(LedgerColumns.META), r);
            Sheet projects = table(wb, LedgerColumns.PROJECTS, LedgerColumns.PROJECT, header);
            Sheet indicators = table(wb, LedgerColumns.INDICATORS, LedgerColumns.INDICATOR, header);
            boolean selfEvaluations = r.projects().anyMatch(up -> r.formOf(up.project()) == FormFamily.ZIPING);
            Sheet evaluation = selfEvaluations ? table(wb, LedgerColumns.EVALUATION, LedgerColumns.SELF_EVALUATION, header)
                    : null;
            int p = 1;
            int i = 1;
            int e = 1;
            for (Unit u : r.units()) {
                for (Project project : u.projects()) {
                    row(wb, projects.createRow(p++), LedgerColumns.PROJECT, projectValues(r, u, project));
                    for (Indicator ind : project.indicators()) {
                        row(wb, indicators.createRow(i++), LedgerColumns.INDICATOR, indicatorValues(u, project, ind));
                    }
                    if (evaluation != null && project.evaluation() != null) {
                        row(wb, evaluation.createRow(e++), LedgerColumns.SELF_EVALUATION,
                                evaluationValues(project, project.evaluation()));
                    }
                }
            }
            dropDown(projects, 3, p, List.of("目标表", "申报表", "自评表"));
            Set<String> level1 = new LinkedHashSet<>(List.of(Framework.COST, Framework.OUTPUT, Framework.BENEFIT,
                    Framework.SATISFACTION));
            Set<String> level2 = new LinkedHashSet<>();
            for (String l1 : level1) {
                level2.addAll(Framework.allowedLevel2(FrameworkVersion.OLD, l1));
                level2.addAll(Framework.allowedLevel2(FrameworkVersion.NEW, l1));
            }
            dropDown(indicators, 3, i, List.copyOf(level1));
            dropDown(indicators, 4, i, List.copyOf(level2));
            wb.write(out);
        }
    }

    private static void meta(Sheet s, Registry r) {
        String[][] rows = {{LedgerColumns.MARK, "这张表和“项目”“指标”表可以在 Excel 中编辑，jixiao 的各命令都接受本工作簿作为登记表"},
            {"年度", r.year() == null ? "" : String.valueOf(r.year())},
            {"表式", r.form() == null ? "" : r.form().shortName()},
            {"金额单位", r.moneyUnit() == null ? "" : r.moneyUnit().label()},
            {"标题", r.title() == null ? "" : r.title()}};
        for (int i = 0; i < rows.length; i++) {
            Row row = s.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        s.setColumnWidth(0, 16 * 256);
        s.setColumnWidth(1, 70 * 256);
    }

    private static Sheet table(XSSFWorkbook wb, String name, List<Column> columns, CellStyle header) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            h.createCell(c).setCellValue(columns.get(c).header());
            h.getCell(c).setCellStyle(header);
            s.setColumnWidth(c, (columns.get(c).amount() ? 12 : columns.get(c).header().length() > 6 ? 24 : 16) * 256);
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        return s;
    }

    private void row(XSSFWorkbook wb, Row row, List<Column> columns, Map<String, Object> values) {
        for (int c = 0; c < columns.size(); c++) {
            Object v = values.get(columns.get(c).key());
            if (v instanceof BigDecimal d) {
                row.createCell(c).setCellValue(d.doubleValue());
                row.getCell(c).setCellStyle(amount(wb, Math.max(d.scale(), 0)));
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    /** A number format showing exactly the decimals the amount was written with. */
    private CellStyle amount(XSSFWorkbook wb, int scale) {
        return amounts.computeIfAbsent(scale, s -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(s == 0 ? "0" : "0." + "0".repeat(s)));
            return style;
        });
    }

    private static void dropDown(Sheet s, int col, int rows, List<String> values) {
        DataValidationHelper helper = s.getDataValidationHelper();
        var validation = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, Math.max(rows, 1) + 500, col, col));
        validation.setShowErrorBox(false); // a suggestion list: the seeds' own spellings stay allowed
        s.addValidationData(validation);
    }

    private static Map<String, Object> projectValues(Registry r, Unit u, Project p) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", p.id());
        v.put("unit", u.name());
        v.put("name", p.name());
        v.put("form", p.form() == null ? null : p.form().shortName());
        v.put("department", p.department());
        v.put("nature", p.nature());
        v.put("category", p.category());
        v.put("start", p.start());
        v.put("end", p.end());
        v.put("overall_goal", p.overallGoal());
        v.put("annual_goal", p.annualGoal());
        if (p.funds() != null) {
            v.put("funds.total", p.funds().total());
            v.put("funds.fiscal", p.funds().fiscal());
            v.put("funds.other", p.funds().other());
            v.put("funds.annual_total", p.funds().annualTotal());
            v.put("funds.appropriation", p.funds().appropriation());
            v.put("funds.carryover", p.funds().carryover());
            v.put("funds.annual_other", p.funds().annualOther());
        }
        return v;
    }

    private static Map<String, Object> indicatorValues(Unit u, Project p, Indicator i) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", p.id());
        v.put("unit", u.name());
        v.put("project", p.name());
        v.put("level1", i.level1());
        v.put("level2", i.level2());
        v.put("name", i.name());
        v.put("target", i.target());
        v.put("actual", i.actual());
        v.put("points", i.points());
        v.put("score", i.score());
        v.put("deviation", i.deviation());
        return v;
    }

    private static Map<String, Object> evaluationValues(Project p, Evaluation e) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", p.id());
        v.put("project", p.name());
        if (e.budget() != null) {
            BudgetRow[] rows = {e.budget().total(), e.budget().appropriation(), e.budget().carryover(), e.budget().other()};
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] != null) {
                    String base = "budget." + LedgerColumns.BUDGET_ROWS.get(r) + ".";
                    v.put(base + "initial", rows[r].initial());
                    v.put(base + "full_year", rows[r].fullYear());
                    v.put(base + "executed", rows[r].executed());
                }
            }
        }
        v.put("rate_points", e.ratePoints());
        v.put("rate", e.rate());
        v.put("rate_score", e.rateScore());
        v.put("total_score", e.totalScore());
        v.put("expected", e.expected());
        v.put("achieved", e.achieved());
        return v;
    }
}
