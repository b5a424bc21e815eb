package cn.jixiao.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A form a unit made itself from the blank official form, and files that are no good, in one batch. */
class ReadHandMadeAndBadFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aHandMadeFormWithItsOwnLayoutIsRead(String format) throws Exception {
        Path file = dir.resolve("自制表." + format);
        try (Workbook wb = format.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
            handMade(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Registry r = ReadBack.read(0, file.toString());
        assertEquals(2024, r.year());
        assertEquals(FormFamily.MUBIAO, r.form());
        assertEquals(MoneyUnit.WAN_YUAN, r.moneyUnit());
        assertEquals("浦江镇社区事务受理中心", r.units().get(0).name());
        Project p = r.units().get(0).projects().get(0);
        assertEquals("办公用品采购", p.name());
        assertEquals("浦江镇人民政府", p.department());
        assertEquals("专项资金", p.category());
        assertEquals("2024年1月1日", p.start());
        assertEquals("2024-12-31", p.end(), "a date cell, written as it displays (yyyy-mm-dd)");
        assertEquals(new BigDecimal("20.5"), p.funds().total(), "20.5万 in a 万元 form");
        assertEquals(new BigDecimal("20.50"), p.funds().annualTotal(), "the decimals the cell shows");
        assertEquals(new BigDecimal("20.50"), p.funds().appropriation(), "a number typed as text");
        assertNull(p.funds().fiscal());
        assertEquals("加强办公保障", p.overallGoal());
        assertEquals("按需采购办公用品", p.annualGoal());
        assertEquals(List.of(
                Indicator.of("产出指标", "数量指标", "采购批次", "≥4次"),
                Indicator.of("产出指标", "质量指标", "验收合格率", "100%"),
                Indicator.of("效益指标", "社会效益指标", "保障办公", "有效"),
                Indicator.of("满意度指标", "服务对象满意度指标", "满意度", "≥90%")), p.indicators(),
                "the empty 指标2： row is no indicator; 一级 written once covers the rows under it");
    }

    /** A 目标表 laid out by hand: shifted one column and row, labels as people type them, nothing merged. */
    private static void handMade(Workbook wb) {
        Sheet s = wb.createSheet("Sheet1");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle twoDecimals = wb.createCellStyle();
        twoDecimals.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.00"));
        put(s, 1, 1, "财 政 项 目 支 出 绩 效 目 标 表");
        put(s, 2, 1, "(2024 年度)");
        put(s, 3, 1, "项目名称:", "办公用品采购", null, "项目类别", "☑专项资金 □经常性项目 □一次性项目");
        put(s, 4, 1, "主管部门", "浦江镇人民政府", null, "实施单位", "浦江镇社区事务受理中心");
        put(s, 5, 1, "计划开始日期", "2024年1月1日", null, "计划完成日期");
        s.getRow(5).createCell(5).setCellValue(LocalDate.of(2024, 12, 31));
        s.getRow(5).getCell(5).setCellStyle(date);
        put(s, 6, 1, "项目资金 (万元)", "项目资金总额:", "20.5万", "年度资金申请总额:");
        s.getRow(6).createCell(5).setCellValue(20.5);
        s.getRow(6).getCell(5).setCellStyle(twoDecimals);
        put(s, 7, 2, "其中: 财政资金", null, "其中: 当年财政拨款", "20.50");
        put(s, 8, 4, "上年结转资金", "0");
        put(s, 9, 2, "其他资金", null, "其他资金", "0");
        put(s, 10, 1, "项目绩效目标", "项目总目标", null, "年度总体目标");
        put(s, 11, 2, "加强办公保障", null, "按需采购办公用品");
        put(s, 12, 1, "绩效指标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值");
        put(s, 13, 2, "产出指标", "数量指标", "指标1：采购批次", "＞＝４次");
        put(s, 14, 4, "指标2：");
        put(s, 15, 3, "质量指标", "指标1：验收合格率", "100%");
        put(s, 16, 2, "效益指标", "社会效益指标", "指标1：保障办公", "有效");
        put(s, 17, 2, "满意度指标", "服务对象满意度指标", "指标1：满意度", "≥90%");
    }

    private static void put(Sheet s, int row, int col, String... texts) {
        Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                r.createCell(col + i).setCellValue(texts[i]);
            }
        }
    }

    @Test
    void badFilesAreReportedOneByOneAndTheRestIsRead() throws Exception {
        Path batch = dir.resolve("returns");
        List<Path> good = ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), batch);
        byte[] before = Files.readAllBytes(good.get(0));
        Files.writeString(batch.resolve("网页导出.xlsx"), "<html><body><table><tr><td>项目名称</td></tr></table></body></html>");
        Files.writeString(batch.resolve("逗号分隔.xlsx"), "项目名称,主管部门\n办公,镇政府\n");
        Files.write(batch.resolve("空文件.xlsx"), new byte[0]);
        Files.write(batch.resolve("截断.xlsx"), Arrays.copyOf(before, 3000));
        Files.write(batch.resolve("~$正在编辑.xlsx"), new byte[] {1, 2, 3});
        encrypt(good.get(1), batch.resolve("加密.xlsx"));
        List<Path> selfEvaluation = ReadBack.fill(TestData.registry("wujing-2022-ziping.yaml"), dir.resolve("zp"));
        Files.copy(selfEvaluation.get(0), batch.resolve("自评表.xlsx"));

        CliRun run = CliRun.of("read", batch.toString());
        assertEquals(2, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.contains("网页导出.xlsx：不是 Excel 工作簿（内容看起来是 HTML"), err);
        assertTrue(err.contains("逗号分隔.xlsx：不是 Excel 工作簿（内容看起来是 CSV"), err);
        assertTrue(err.contains("空文件.xlsx：文件是空的"), err);
        assertTrue(err.contains("截断.xlsx：工作簿已损坏"), err);
        assertTrue(err.contains("加密.xlsx：工作簿设有打开密码"), err);
        assertTrue(err.contains("自评表.xlsx 工作表“综合党委经费” 单元格 A3：此表为自评表，与其余表单（目标表）不是同一种表式"), err);
        assertTrue(err.contains("自评表.xlsx：9 张表单"), err);
        assertFalse(err.contains("正在编辑"), "Office lock files are skipped");
        assertFalse(err.contains("Exception"), err);
        Registry r = new cn.jixiao.registry.RegistryIO().parse(run.out(), cn.jixiao.registry.RegistryFormat.YAML, "out");
        assertEquals(5, r.projects().count(), "every project of the good files");
        assertArrayEquals(before, Files.readAllBytes(good.get(0)), "inputs are never modified");
    }

    private static void encrypt(Path plain, Path encrypted) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("密码");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(plain));
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
