package cn.jixiao.template;

/**
 * 财政项目支出绩效自评表 (seed 002). 执行率, its 得分 and 总分 are live formulas when the
 * registry states none; columns K and L, grey and outside the print area (the printed page is the
 * official form only), show as live formulas what the rules compute beside the stated figures, so
 * a unit sees at once where its own arithmetic differs.
 */
final class ZipingForm {

    private ZipingForm() {
    }

    static FormLayout draw(SheetDrawer d) {
        TemplateStyles s = d.styles();
        d.widths(9, 10, 12, 24, 12, 12, 10, 10, 14, 14, 10, 10);
        d.put(0, 0, 0, 9, "${book.formTitle}", s.title);
        d.put(1, 0, 1, 9, "（${book.year} 年度）", s.subtitle);
        d.height(0, 30);
        d.put(2, 0, 2, 1, "项目名称", s.label).put(2, 2, 2, 9, "${p.name}", s.input);
        d.put(3, 0, 3, 1, "主管部门", s.label).put(3, 2, 3, 4, "${p.department}", s.input)
                .put(3, 5, 3, 6, "实施单位", s.label).put(3, 7, 3, 9, "${p.unit}", s.input);
        d.put(4, 0, 8, 0, "项目资金（${book.moneyUnit}）", s.label);
        d.put(4, 1, 4, 3, null, s.label).put(4, 4, "年初预算数", s.label).put(4, 5, "全年预算数", s.label)
                .put(4, 6, "全年执行数", s.label).put(4, 7, "分值", s.label).put(4, 8, "执行率", s.label);
        d.put(4, 9, "得分", s.label);
        d.put(3, 10, 3, 11, "核算（不打印）", s.check);
        d.put(4, 10, "核算执行率", s.check).put(4, 11, "核算得分", s.check);
        d.put(5, 10, "${p.checkRate}", s.check).put(5, 11, "${p.checkRateScore}", s.check);
        String[] rows = {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
        String[] keys = {"total", "appropriation", "carryover", "other"};
        for (int k = 0; k < 4; k++) {
            int r = 5 + k;
            d.put(r, 1, r, 3, rows[k], s.label)
                    .put(r, 4, "${p.budget." + keys[k] + ".initial}", s.money)
                    .put(r, 5, "${p.budget." + keys[k] + ".fullYear}", s.money)
                    .put(r, 6, "${p.budget." + keys[k] + ".executed}", s.money);
            if (k < 2) {
                d.put(r, 7, "${p.ratePoints}", s.number).put(r, 8, "${p.rate}", s.inputPercent).put(r, 9, "${p.rateScore}", s.number);
            } else {
                d.put(r, 7, null, s.label).put(r, 8, null, s.label).put(r, 9, null, s.label);
            }
        }
        d.put(9, 0, 10, 0, "年度总体目标", s.label);
        d.put(9, 1, 9, 4, "预期目标", s.label).put(9, 5, 9, 9, "实际完成情况", s.label);
        d.put(10, 1, 10, 4, "${p.expected}", s.input).put(10, 5, 10, 9, "${p.achieved}", s.input);
        d.height(10, 90);
        d.put(11, 0, "绩效指标", s.label).put(11, 1, "一级指标", s.label).put(11, 2, "二级指标", s.label)
                .put(11, 3, "三级指标", s.label).put(11, 4, "年度指标值", s.label).put(11, 5, "实际完成值", s.label)
                .put(11, 6, "分值", s.label).put(11, 7, "得分", s.label).put(11, 8, 11, 9, "偏差原因分析及改进措施", s.label);
        d.put(12, 0, null, s.label).put(12, 1, "${i.level1}", s.inputCentre).put(12, 2, "${i.level2}", s.inputCentre)
                .put(12, 3, "${i.name}", s.input).put(12, 4, "${i.target}", s.inputCentre)
                .put(12, 5, "${i.actual}", s.inputCentre).put(12, 6, "${i.points}", s.number)
                .put(12, 7, "${i.score}", s.number).put(12, 8, "${i.deviation}", s.input).put(12, 9, null, s.input);
        // The check columns stay in the indicator rows' area (empty there), so that jxls moves the
        // 总分 row's check cells down with the rows it inserts.
        d.put(12, 10, null, s.check).put(12, 11, null, s.check);
        d.command(12, 0, "jx:each(items=\"p.indicators\" var=\"i\" lastCell=\"L13\")");
        d.put(13, 0, 13, 5, "总分", s.label).put(13, 6, "${p.pointsTotal}", s.number).put(13, 7, "${p.totalScore}", s.number)
                .put(13, 8, 13, 9, null, s.label);
        d.put(13, 10, "核算总分", s.check).put(13, 11, "${p.checkTotalScore}", s.check);
        d.put(14, 0, 14, 9, "填表说明：黄色单元格为填写处；执行率＝全年执行数÷全年预算数，得分＝执行率×分值；"
                + "指标分值合计 90，与执行率分值合计 100；得分低于分值须填写偏差原因；金额单位为${book.moneyUnit}。", s.note);
        return new FormLayout(11, 12, 9, 14);
    }
}
