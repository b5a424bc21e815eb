package cn.jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.diff.SameDate;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 申报表 an office made itself: laid out like the official one but one column right, labels
 * merged over two cells, real date cells, the left money block empty, a 备注 column beside the
 * indicator table and a 填表说明 paragraph under it; a second form under a page break; a third
 * whose 项目名称 was never written.
 */
class ReadOfficeFormTest {

    @TempDir
    Path dir;

    @Test
    void anOfficeMadeFormIsReadLabelByLabel() throws Exception {
        Path file = dir.resolve("申报表汇总.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("汇总");
            CellStyle iso = dateStyle(wb, "yyyy-mm-dd");
            CellStyle cjk = dateStyle(wb, "yyyy\"年\"m\"月\"d\"日\"");
            put(s, 0, 1, "上海市某某镇社区服务中心 2024 年度项目绩效目标汇总表");
            form(s, 2, "社区活动经费", iso, cjk);
            s.setRowBreak(21);
            form(s, 22, "图书经费", iso, cjk);
            put(s, 42, 1, "财政项目支出绩效目标申报表");
            put(s, 43, 1, "(2024 年度)");
            put(s, 44, 1, "主管部门", "某某镇");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        CliRun run = CliRun.of("read", file.toString());
        String err = run.err();
        assertEquals(2, run.exitCode(), "the third form has no 项目名称: it is not read, and said so\n" + err);
        assertTrue(err.contains("工作表“汇总” 单元格 B43：这张表单没有“项目名称”标签"), err);
        assertTrue(err.contains("申报表汇总.xlsx：3 张表单（汇总：3 张）"), err);
        assertTrue(err.contains("单元格 I14：指标表中的“备注”列不是表单的列，未读取"), err);
        assertFalse(err.contains("不是金额"), "no value is taken from a label cell\n" + err);
        assertTrue(err.contains("3 张表单，1 个实施单位，2 个项目，2 条警告"), err);

        Registry r = new RegistryIO().parse(run.out(), RegistryFormat.YAML, "read");
        assertEquals(2024, r.year());
        assertEquals("上海市某某镇社区服务中心 2024 年度项目绩效目标汇总表", r.title());
        assertEquals("上海市某某镇社区服务中心", r.units().get(0).name(), "实施单位 beside its label, one column off");
        Project p = r.units().get(0).projects().get(0);
        assertEquals("社区活动经费", p.name());
        assertEquals("其他经常性项目", p.nature());
        assertEquals("其他运转类", p.category());
        assertEquals("2024-01-01", p.start(), "a yyyy-mm-dd date cell as it displays");
        assertEquals("2024年12月31日", p.end(), "a yyyy年m月d日 date cell as it displays");
        assertNull(p.funds().total(), "the left money block is empty");
        assertEquals(new BigDecimal("12000.00"), p.funds().annualTotal());
        assertEquals(new BigDecimal("0.00"), p.funds().carryover());
        assertEquals("丰富社区生活", p.annualGoal());
        assertEquals(List.of(
                Indicator.of("成本指标", "经济成本指标", "活动成本", "≤1000.00(元/次)"),
                Indicator.of("产出指标", "数量指标", "活动次数", "≥10.00(次)"),
                Indicator.of("满意度指标", "服务对象满意度指标", "居民满意度", "≥90.00(%)")), p.indicators(),
                "the 填表说明 paragraph and the 备注 column are no indicators");
        assertEquals("图书经费", r.units().get(0).projects().get(1).name());
    }

    /**
     * A 目标表 typed by hand: labels with their value in the same cell (项目名称：…, 项目总目标（…）：…),
     * a ☑ typed after the printed ☐, one 其他资金 only (the right one), a 二级 with its 一级 left blank,
     * and 计划完成日期 with nothing beside it, which is said, naming the cell.
     */
    @Test
    void labelsTypedWithTheirValueInOneCellAndAnEmptyLabelIsSaid() throws Exception {
        Path file = dir.resolve("手工表.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("目标表");
            put(s, 0, 0, "财政项目支出绩效目标表");
            put(s, 1, 0, "（2024年度）");
            put(s, 2, 0, "项目名称：社区图书角", null, "项目类别", "专项资金 ☐ 经常性项目 ☐ ☑ 一次性项目 ☐");
            put(s, 3, 0, "主管部门：某某镇人民政府", null, "实施单位", "某某镇文化中心");
            put(s, 4, 0, "计划开始日期", "2024.01.01", "计划完成日期");
            put(s, 5, 0, "项目资金（万元）", "项目资金总额", "5.00", "年度资金申请总额", "5.00");
            put(s, 6, 1, "其中：财政资金", "5.00", "其中：当年财政拨款", "5.00");
            put(s, 7, 3, "上年结转资金", "0");
            put(s, 8, 3, "其他资金", "0");
            put(s, 9, 0, "项目绩效目标", "项目总目标（2024年-2024年）：建成社区图书角", null, "年度总体目标：全年开放300天");
            put(s, 10, 0, "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值");
            put(s, 11, 1, "产出指标", "数量指标", "图书册数", "≥500册");
            put(s, 12, 2, "社会效益指标", "居民阅读次数", "≥1000人次");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        CliRun run = CliRun.of("read", file.toString());
        String err = run.err();
        assertEquals(0, run.exitCode(), err);
        assertTrue(err.contains("工作表“目标表” 单元格 C5：“计划完成日期”旁没有填写内容"), err);
        assertTrue(err.contains("1 张表单，1 个实施单位，1 个项目，1 条警告"), err);
        Project p = new RegistryIO().parse(run.out(), RegistryFormat.YAML, "read").units().get(0).projects().get(0);
        assertEquals("社区图书角", p.name());
        assertEquals("某某镇人民政府", p.department());
        assertEquals("经常性项目", p.category(), "the ☑ typed after the second ☐");
        assertEquals("2024.01.01", p.start());
        assertNull(p.end());
        assertNull(p.funds().other(), "the one 其他资金 stands in the right-hand column");
        assertEquals(new BigDecimal("0"), p.funds().annualOther());
        assertEquals("建成社区图书角", p.overallGoal());
        assertEquals("全年开放300天", p.annualGoal());
        assertEquals(List.of(Indicator.of("产出指标", "数量指标", "图书册数", "≥500册"),
                Indicator.of("效益指标", "社会效益指标", "居民阅读次数", "≥1000人次")), p.indicators(),
                "a 二级 whose 一级 is blank takes the one 一级 the framework puts it under");
    }

    @Test
    void theValueAfterALabelInItsOwnCell() {
        assertEquals("社区图书角", FormReader.afterLabel("项目名称：社区图书角", "项目名称"));
        assertEquals("完成…", FormReader.afterLabel("项目总目标 (2024 年-2024 年) 完成…", "项目总目标"));
        assertNull(FormReader.afterLabel("项目名称：", "项目名称"), "nothing after the label");
        assertNull(FormReader.afterLabel("项目名称XX", "项目名称"), "nothing separates label and value");
        assertNull(FormReader.afterLabel("实施单位：XX", "项目名称"));
    }

    @Test
    void datesAreComparedByTheDayTheyName() {
        assertTrue(SameDate.same("2024-01-01", "2024.01.01"));
        assertTrue(SameDate.same("2024年1月1日", "2024. 1. 1"));
        assertFalse(SameDate.same("2024-01-01", "2024.01.02"));
        assertFalse(SameDate.same("2024.1", "2024.01.01"), "a month is not its first day");
    }

    /** One form, 20 rows from {@code top}, one column right of the official layout. */
    private static void form(Sheet s, int top, String name, CellStyle iso, CellStyle cjk) {
        put(s, top, 1, "财政项目支出绩效目标申报表");
        put(s, top + 1, 1, "(2024 年度)");
        put(s, top + 2, 1, "项目名称", name, null, "项目性质", "其他经常性项目", "项目类别", "其他运转类");
        put(s, top + 3, 1, "主管部门", "某某镇", null, "实施单位", null, "上海市某某镇社区服务中心");
        s.addMergedRegion(new CellRangeAddress(top + 3, top + 3, 4, 5)); // 实施单位 over two cells
        put(s, top + 4, 1, "计划开始日期", null, null, "计划完成日期");
        s.getRow(top + 4).createCell(2).setCellValue(LocalDate.of(2024, 1, 1));
        s.getRow(top + 4).getCell(2).setCellStyle(iso);
        s.getRow(top + 4).createCell(5).setCellValue(LocalDate.of(2024, 12, 31));
        s.getRow(top + 4).getCell(5).setCellStyle(cjk);
        put(s, top + 5, 1, "项目资金（元）", "项目资金总额：", null, "年度资金申请总额：", null, "12,000.00");
        put(s, top + 6, 2, "其中：财政资金", null, "其中：当年财政拨款", null, "12,000.00");
        put(s, top + 7, 4, "上年结转资金", null, "0.00");
        put(s, top + 8, 2, "其他资金", null, "其他资金", null, "0.00");
        put(s, top + 9, 1, "项目绩效目标", "项目总目标", null, "年度总体目标");
        put(s, top + 10, 4, "丰富社区生活");
        put(s, top + 11, 1, "绩效指标", "一级指标", "二级指标", "三级指标", null, "年度(/项目)指标值", null, "备注");
        put(s, top + 12, 2, "成本指标", "经济成本指标", "活动成本", null, "≤1000.00(元/次)", null, "按实结算");
        put(s, top + 13, 2, "产出指标", "数量指标", "活动次数", null, "≥10.00(次)");
        put(s, top + 14, 2, "满意度指标", "服务对象满意度指标", "居民满意度", null, "≥90.00(%)");
        put(s, top + 15, 1, "填表说明：1. 金额单位为元；2. 指标值按“≥10.00(次)”格式填写。");
        s.addMergedRegion(new CellRangeAddress(top + 15, top + 15, 1, 8));
    }

    private static CellStyle dateStyle(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    private static void put(Sheet s, int row, int col, String... texts) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                r.createCell(col + i).setCellValue(texts[i]);
            }
        }
    }
}
