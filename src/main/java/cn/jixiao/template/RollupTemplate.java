package cn.jixiao.template;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Draws the summary book's template (templates/huizong.xlsx): one sheet per table of the book.
 * Each sheet shows a table the way it prints: its title rows, its header, and one row of each
 * kind the table has, with markers: a project row (r.…, i.…, s.…), a row closing each
 * implementing unit (u.…) and a grand-total row (t.…). {@code ${sum}} in a closing row is the live
 * total of the column over the rows it closes; {@code ${avg}} their average. A finance officer may
 * restyle, reword headers, widen and reorder columns.
 */
public final class RollupTemplate {

    public static final String FILE = "huizong.xlsx";
    public static final String SUMMARY = "汇总";
    public static final String SELF_EVALUATION = "自评汇总";
    public static final String INDICATORS = "指标明细";
    public static final String RETURNS = "回收情况";
    public static final String FINDINGS = "问题清单";
    public static final String CHANGES = "变更";
    public static final String RESULTS = "目标与结果";

    private RollupTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            TemplateStyles s = new TemplateStyles(wb);
            CellStyle amount = wb.createCellStyle();
            amount.cloneStyleFrom(s.formula);
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00####"));
            summary(new SheetDrawer(wb.createSheet(SUMMARY), s), amount);
            CellStyle percent = wb.createCellStyle();
            percent.cloneStyleFrom(s.formula);
            percent.setDataFormat(wb.createDataFormat().getFormat(cn.jixiao.registry.Evaluation.RATE_FORMAT));
            selfEvaluation(new SheetDrawer(wb.createSheet(SELF_EVALUATION), s), amount, percent);
            indicators(new SheetDrawer(wb.createSheet(INDICATORS), s));
            returns(new SheetDrawer(wb.createSheet(RETURNS), s));
            findings(new SheetDrawer(wb.createSheet(FINDINGS), s));
            changes(new SheetDrawer(wb.createSheet(CHANGES), s), wb);
            results(new SheetDrawer(wb.createSheet(RESULTS), s));
            for (Sheet sheet : wb) {
                OfficialTemplates.pageSetup(sheet, true);
            }
            wb.write(out);
        }
    }

    private static void summary(SheetDrawer d, CellStyle amount) {
        TemplateStyles s = d.styles();
        String[] heads = {"序号", "实施单位", "项目名称", "项目性质", "项目类别", "计划期",
            "项目资金总额（${book.moneyUnit}）", "年度资金申请总额（${book.moneyUnit}）",
            "其中：当年财政拨款（${book.moneyUnit}）", "上年结转资金（${book.moneyUnit}）", "其他资金（${book.moneyUnit}）"};
        String[] fields = {"index", "unit", "name", "nature", "category", "period",
            "total", "annualTotal", "appropriation", "carryover", "annualOther"};
        d.widths(6, 30, 34, 14, 14, 24, 14, 14, 14, 14, 14);
        table(d, heads, fields, 6, amount, "${book.title}",
                "金额单位：${book.moneyUnit}　　共 ${book.unitCount} 个实施单位、${book.projectCount} 个项目；点击项目名称可转到该项目的表单");
    }

    private static void selfEvaluation(SheetDrawer d, CellStyle amount, CellStyle percent) {
        String[] heads = {"序号", "实施单位", "项目名称", "年初预算数（${book.moneyUnit}）", "全年预算数（${book.moneyUnit}）",
            "全年执行数（${book.moneyUnit}）", "执行率", "执行率得分", "指标得分", "总分", "等级"};
        String[] fields = {"index", "unit", "name", "initial", "fullYear", "executed", "rate", "rateScore",
            "indicatorScore", "totalScore", "grade"};
        d.widths(6, 30, 34, 14, 14, 14, 10, 10, 10, 10, 16);
        table(d, heads, fields, 3, amount, "${book.title}（自评）",
                "金额单位：${book.moneyUnit}　　执行率＝全年执行数÷全年预算数；等级：优 ≥90，良 80–89，中 60–79，差 <60");
        // The closing rows average the scores instead of adding them, and count the grades.
        for (int c = 6; c <= 9; c++) {
            d.put(4, c, c == 9 ? "${avg}" : "", amount);
            d.put(5, c, c == 9 ? "${avg}" : "", amount);
        }
        d.put(3, 6, "${r.rate}", percent);
        d.put(4, 10, "${u.grades}", d.styles().label);
        d.put(5, 10, "${t.grades}", d.styles().label);
    }

    private static void indicators(SheetDrawer d) {
        TemplateStyles s = d.styles();
        String[] heads = {"实施单位", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值",
            "运算符", "数值", "计量单位", "定量/定性", "实际完成值", "分值", "得分"};
        String[] fields = {"unit", "project", "level1", "level2", "name", "target",
            "operator", "number", "measure", "kind", "actual", "points", "score"};
        d.widths(28, 30, 12, 16, 36, 16, 8, 10, 10, 10, 16, 8, 8);
        d.put(0, 0, 0, heads.length - 1, "${book.title}：指标明细", s.title);
        d.height(1, 32);
        for (int c = 0; c < heads.length; c++) {
            d.put(1, c, heads[c], s.header);
            d.put(2, c, "${i." + fields[c] + "}", c == 7 || c >= 11 ? s.formula : s.labelLeft);
        }
    }

    private static void returns(SheetDrawer d) {
        TemplateStyles s = d.styles();
        String[] heads = {"实施单位", "状态", "应交项目", "已交项目", "说明"};
        String[] fields = {"unit", "state", "expected", "returned", "details"};
        d.widths(34, 12, 10, 10, 80);
        d.put(0, 0, 0, heads.length - 1, "${book.title}：回收情况", s.title);
        for (int c = 0; c < heads.length; c++) {
            d.put(1, c, heads[c], s.header);
            d.put(2, c, "${s." + fields[c] + "}", c == 2 || c == 3 ? s.label : s.labelLeft);
        }
    }

    private static void changes(SheetDrawer d, XSSFWorkbook wb) {
        TemplateStyles s = d.styles();
        String[] heads = {"实施单位", "项目名称", "变更", "项目/指标", "原值", "新值", "差额"};
        String[] fields = {"unit", "project", "kind", "field", "before", "after", "difference"};
        CellStyle changed = wb.createCellStyle();
        changed.cloneStyleFrom(s.labelLeft);
        changed.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
                TemplateStyles.argb(0xFFE099), null));
        changed.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        d.widths(30, 30, 12, 30, 36, 36, 12);
        d.put(0, 0, 0, heads.length - 1, "${book.title}：各单位交回时所作的变更", s.title);
        for (int c = 0; c < heads.length; c++) {
            d.put(1, c, heads[c], s.header);
            d.put(2, c, "${c." + fields[c] + "}", c == 5 ? changed : c == 6 ? s.formula : s.labelLeft);
        }
    }

    private static void results(SheetDrawer d) {
        TemplateStyles s = d.styles();
        String[] heads = {"实施单位", "项目名称", "需关注", "一级指标", "二级指标", "三级指标", "目标", "实际完成值",
            "是否达成", "分值", "得分", "建议得分", "偏差原因分析及改进措施"};
        String[] fields = {"unit", "project", "attention", "level1", "level2", "name", "target", "actual", "met",
            "points", "score", "suggested", "deviation"};
        d.widths(28, 28, 26, 12, 16, 30, 16, 16, 10, 8, 8, 10, 30);
        d.put(0, 0, 0, heads.length - 1, "${book.title}：目标与结果", s.title);
        for (int c = 0; c < heads.length; c++) {
            d.put(1, c, heads[c], s.header);
            d.put(2, c, "${m." + fields[c] + "}", c >= 9 && c <= 11 ? s.formula : s.labelLeft);
        }
    }

    private static void findings(SheetDrawer d) {
        TemplateStyles s = d.styles();
        String[] heads = {"级别", "规则", "实施单位", "项目名称", "位置", "问题"};
        String[] fields = {"severity", "rule", "unit", "project", "place", "message"};
        d.widths(8, 22, 30, 30, 44, 70);
        d.put(0, 0, 0, heads.length - 1, "${book.title}：问题清单", s.title);
        for (int c = 0; c < heads.length; c++) {
            d.put(1, c, heads[c], s.header);
            d.put(2, c, "${f." + fields[c] + "}", c == 0 ? s.label : s.labelLeft);
        }
    }

    /** Title, subtitle, header, a project row, a unit's closing row and the grand-total row. */
    private static void table(SheetDrawer d, String[] heads, String[] fields, int firstSum, CellStyle amount,
                              String title, String subtitle) {
        TemplateStyles s = d.styles();
        int last = heads.length - 1;
        d.put(0, 0, 0, last, title, s.title);
        d.height(0, 30);
        d.put(1, 0, 1, last, subtitle, s.subtitle);
        d.height(2, 32);
        for (int c = 0; c <= last; c++) {
            d.put(2, c, heads[c], s.header);
            d.put(3, c, "${r." + fields[c] + "}", c >= firstSum ? amount : c == 0 ? s.label : s.labelLeft);
        }
        d.put(4, 0, 4, firstSum - 1, "${u.label}", s.header);
        d.put(5, 0, 5, firstSum - 1, "${t.label}", s.header);
        for (int c = firstSum; c <= last; c++) {
            d.put(4, c, "${sum}", amount);
            d.put(5, c, "${sum}", amount);
        }
    }
}
