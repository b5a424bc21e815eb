package cn.jixiao.template;

import cn.jixiao.registry.FormFamily;

/**
 * The first sheet of every workbook (目录): the projects it holds, with money columns and their
 * totals as live formulas (jxls widens SUM(E4) to the rows the list grows to).
 */
final class TocSheet {

    private TocSheet() {
    }

    static void draw(SheetDrawer d, FormFamily family) {
        TemplateStyles s = d.styles();
        String[] money = family == FormFamily.ZIPING
                ? new String[] {"年初预算数", "全年预算数", "全年执行数"}
                : new String[] {"项目资金总额", "年度资金申请总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
        String[] fields = family == FormFamily.ZIPING
                ? new String[] {"budgetInitial", "budgetFullYear", "budgetExecuted"}
                : new String[] {"total", "annualTotal", "appropriation", "carryover", "annualOther"};
        String fourth = family == FormFamily.ZIPING ? "总分" : "项目类别";
        String fourthExpr = family == FormFamily.ZIPING ? "${p.totalScoreShown}" : "${p.category}";
        int last = 4 + money.length - 1;
        String lastCol = String.valueOf((char) ('A' + last));
        int[] widths = new int[last + 1];
        widths[0] = 6;
        widths[1] = 34;
        widths[2] = 34;
        widths[3] = 12;
        for (int i = 4; i <= last; i++) {
            widths[i] = 14;
        }
        d.widths(widths);
        d.put(0, 0, 0, last, "${book.tocTitle}", s.title);
        d.height(0, 30);
        d.put(1, 0, 1, last, "金额单位：${book.moneyUnit}　　共 ${book.projectCount} 个项目；点击项目名称可跳转到该项目的表单", s.subtitle);
        d.put(2, 0, "序号", s.header).put(2, 1, "实施单位", s.header).put(2, 2, "项目名称", s.header)
                .put(2, 3, fourth, s.header);
        for (int i = 0; i < money.length; i++) {
            d.put(2, 4 + i, money[i], s.header);
        }
        d.put(3, 0, "${p.index}", s.label).put(3, 1, "${p.unit}", s.labelLeft).put(3, 2, "${p.name}", s.labelLeft)
                .put(3, 3, fourthExpr, s.label);
        for (int i = 0; i < money.length; i++) {
            d.put(3, 4 + i, "${p." + fields[i] + "}", s.formula);
        }
        d.command(3, 0, "jx:each(items=\"projects\" var=\"p\" lastCell=\"" + lastCol + "4\")");
        d.put(4, 0, 4, 3, "合计", s.header);
        for (int i = 0; i < money.length; i++) {
            String col = String.valueOf((char) ('A' + 4 + i));
            d.formula(4, 4 + i, "SUM(" + col + "4)", s.formula);
        }
        d.command(0, 0, "jx:area(lastCell=\"" + lastCol + "5\")");
    }
}
