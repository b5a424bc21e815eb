package cn.jixiao.registrybook;

import java.util.List;

/**
 * The columns of the registry workbook (登记表.xlsx), in order, with the Chinese header a finance
 * officer sees and the registry key each one holds. Writer and reader share them, so the two
 * cannot drift apart.
 */
final class LedgerColumns {

    static final String META = "登记表";
    static final String PROJECTS = "项目";
    static final String INDICATORS = "指标";
    static final String EVALUATION = "自评";
    /** The first cell of the 登记表 sheet: how a registry workbook is told from a returned pack. */
    static final String MARK = "jixiao 登记表";

    record Column(String header, String key, boolean amount) {
    }

    static final List<Column> PROJECT = List.of(
            new Column("项目编号", "id", false), new Column("实施单位", "unit", false),
            new Column("项目名称", "name", false), new Column("表式", "form", false),
            new Column("主管部门", "department", false), new Column("项目性质", "nature", false),
            new Column("项目类别", "category", false), new Column("计划开始日期", "start", false),
            new Column("计划完成日期", "end", false), new Column("项目资金总额", "funds.total", true),
            new Column("财政资金", "funds.fiscal", true), new Column("其他资金", "funds.other", true),
            new Column("年度资金申请总额", "funds.annual_total", true), new Column("当年财政拨款", "funds.appropriation", true),
            new Column("上年结转资金", "funds.carryover", true), new Column("年度其他资金", "funds.annual_other", true),
            new Column("项目总目标", "overall_goal", false), new Column("年度总体目标", "annual_goal", false));

    static final List<Column> INDICATOR = List.of(
            new Column("项目编号", "id", false), new Column("实施单位", "unit", false),
            new Column("项目名称", "project", false), new Column("一级指标", "level1", false),
            new Column("二级指标", "level2", false), new Column("三级指标", "name", false),
            new Column("年度指标值", "target", false), new Column("实际完成值", "actual", false),
            new Column("分值", "points", true), new Column("得分", "score", true),
            new Column("偏差原因分析及改进措施", "deviation", false));

    static final List<String> BUDGET_ROWS = List.of("total", "appropriation", "carryover", "other");
    static final List<String> BUDGET_ROW_NAMES = List.of("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金");
    static final List<String> BUDGET_COLS = List.of("initial", "full_year", "executed");
    static final List<String> BUDGET_COL_NAMES = List.of("年初预算数", "全年预算数", "全年执行数");

    static final List<Column> SELF_EVALUATION;

    static {
        List<Column> cols = new java.util.ArrayList<>(List.of(new Column("项目编号", "id", false),
                new Column("项目名称", "project", false)));
        for (int r = 0; r < BUDGET_ROWS.size(); r++) {
            for (int c = 0; c < BUDGET_COLS.size(); c++) {
                cols.add(new Column(BUDGET_ROW_NAMES.get(r) + "：" + BUDGET_COL_NAMES.get(c),
                        "budget." + BUDGET_ROWS.get(r) + "." + BUDGET_COLS.get(c), true));
            }
        }
        cols.addAll(List.of(new Column("执行率分值", "rate_points", true), new Column("执行率", "rate", false),
                new Column("执行率得分", "rate_score", true), new Column("总分", "total_score", true),
                new Column("预期目标", "expected", false), new Column("实际完成情况", "achieved", false)));
        SELF_EVALUATION = List.copyOf(cols);
    }

    private LedgerColumns() {
    }
}
