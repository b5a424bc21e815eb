package cn.jixiao.template;

/** 财政项目支出绩效目标表, Minhang style (seeds 000, 003): 万元, 项目类别 as three checkboxes. */
final class MubiaoForm {

    private MubiaoForm() {
    }

    static FormLayout draw(SheetDrawer d) {
        TemplateStyles s = d.styles();
        d.widths(12, 14, 16, 36, 34);
        d.put(0, 0, 0, 4, "${book.formTitle}", s.title);
        d.put(1, 0, 1, 4, "（${book.year} 年度）", s.subtitle);
        d.height(0, 30);
        d.put(2, 0, "项目名称", s.label).put(2, 1, 2, 2, "${p.name}", s.input)
                .put(2, 3, "项目类别", s.label).put(2, 4, "${p.categoryBoxes}", s.inputCentre);
        d.put(3, 0, "主管部门", s.label).put(3, 1, 3, 2, "${p.department}", s.input)
                .put(3, 3, "实施单位", s.label).put(3, 4, "${p.unit}", s.input);
        d.put(4, 0, "计划开始日期", s.label).put(4, 1, 4, 2, "${p.start}", s.input)
                .put(4, 3, "计划完成日期", s.label).put(4, 4, "${p.end}", s.input);
        d.put(5, 0, 8, 0, "项目资金（${book.moneyUnit}）", s.label);
        d.put(5, 1, "项目资金总额", s.label).put(5, 2, "${p.total}", s.money)
                .put(5, 3, "年度资金申请总额", s.label).put(5, 4, "${p.annualTotal}", s.money);
        d.put(6, 1, "其中：财政资金", s.label).put(6, 2, "${p.fiscal}", s.money)
                .put(6, 3, "其中：当年财政拨款", s.label).put(6, 4, "${p.appropriation}", s.money);
        d.put(7, 1, null, s.label).put(7, 2, null, s.label)
                .put(7, 3, "上年结转资金", s.label).put(7, 4, "${p.carryover}", s.money);
        d.put(8, 1, "其他资金", s.label).put(8, 2, "${p.other}", s.money)
                .put(8, 3, "其他资金", s.label).put(8, 4, "${p.annualOther}", s.money);
        d.put(9, 0, 10, 0, "项目绩效目标", s.label);
        d.put(9, 1, 9, 2, "项目总目标（${book.year}年-${book.year}年）", s.label).put(9, 3, 9, 4, "年度总体目标", s.label);
        d.put(10, 1, 10, 2, "${p.overallGoal}", s.input).put(10, 3, 10, 4, "${p.annualGoal}", s.input);
        d.height(10, 90);
        d.put(11, 0, "绩效指标", s.label).put(11, 1, "一级指标", s.label).put(11, 2, "二级指标", s.label)
                .put(11, 3, "三级指标", s.label).put(11, 4, "年度指标值", s.label);
        d.put(12, 0, null, s.label).put(12, 1, "${i.level1}", s.inputCentre).put(12, 2, "${i.level2}", s.inputCentre)
                .put(12, 3, "${i.numberedName}", s.input).put(12, 4, "${i.target}", s.inputCentre);
        d.command(12, 0, "jx:each(items=\"p.indicators\" var=\"i\" lastCell=\"E13\")");
        d.put(13, 0, 13, 4, "填表说明：黄色单元格为填写处；可插入或删除指标行；一级、二级指标请从下拉列表选择；金额单位为"
                + "${book.moneyUnit}。", s.note);
        return new FormLayout(11, 12, 4, 13);
    }
}
