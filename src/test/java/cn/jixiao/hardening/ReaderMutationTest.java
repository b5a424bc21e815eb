package cn.jixiao.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.i18n.UserError;
import cn.jixiao.read.ReadForm;
import cn.jixiao.read.ReadWorkbook;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.grid.TypedText;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.Ids;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import cn.jixiao.template.TemplateSource;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random edits, with a fixed seed, to the packs of every test-data registry: rows deleted or
 * inserted in the indicator table, rows inserted above the form, cells blanked, numbers retyped as
 * text, merged cells split, sheets moved. For every case the reader must give data or a clear
 * error, never a crash, and never a wrong value for what the edit did not touch.
 */
class ReaderMutationTest {

    private static final int CASES = 1000;
    private static final long SEED = 20261124L;

    @TempDir
    Path dir;

    private final WorkbookReader reader = new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null)));

    /** A pack workbook and the projects it holds, by id, as reading it back must give them. */
    private record Pack(byte[] bytes, Map<String, Project> expected) {
    }

    enum Kind { DELETE_INDICATOR_ROW, INSERT_ROW_IN_TABLE, INSERT_ROW_ABOVE, BLANK_CELL, NUMBER_AS_TEXT, UNMERGE, MOVE_SHEET }

    @Test
    void athousandRandomEditsNeverCrashAndNeverGiveWrongValues() throws Exception {
        List<Pack> packs = packs();
        Random random = new Random(SEED);
        int clearErrors = 0;
        int crashes = 0;
        List<String> wrong = new ArrayList<>();
        Map<Kind, Integer> tried = new HashMap<>();
        for (int n = 0; n < CASES; n++) {
            Pack pack = packs.get(random.nextInt(packs.size()));
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            tried.merge(kind, 1, Integer::sum);
            Path file = dir.resolve("case" + n + ".xlsx");
            Edit edit;
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(pack.bytes()))) {
                edit = apply(kind, wb, random);
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            try {
                ReadWorkbook book = reader.read(file);
                for (ReadForm form : book.forms()) {
                    Project expected = pack.expected().get(form.project().id());
                    if (expected == null) {
                        wrong.add(n + " " + kind + ": unknown project " + form.project().name());
                        continue;
                    }
                    compare(n, kind, edit, form, expected, wrong);
                }
            } catch (UserError e) {
                clearErrors++;
            } catch (RuntimeException e) {
                crashes++;
                wrong.add(n + " " + kind + ": crash " + e);
            }
            Files.delete(file);
        }
        System.out.printf("[ReaderMutationTest] %d cases %s: %d clear errors, %d crashes, %d wrong or lost values%n",
                CASES, tried, clearErrors, crashes, wrong.size());
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())));
        assertEquals(0, crashes);
    }

    /** What an edit touched: a sheet, and in it the project field or indicator the reader may lose. */
    private record Edit(String sheet, String field, int indicator) {
        static Edit none() {
            return new Edit(null, null, -1);
        }
    }

    private Edit apply(Kind kind, XSSFWorkbook wb, Random random) {
        List<XSSFSheet> forms = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            if (!name.equals("目录") && !name.equals("_jixiao")) {
                forms.add(wb.getSheetAt(i));
            }
        }
        XSSFSheet sheet = forms.get(random.nextInt(forms.size()));
        int header = rowWith(sheet, "三级指标");
        int firstIndicator = header + 1;
        int lastIndicator = lastIndicatorRow(sheet, firstIndicator);
        switch (kind) {
            case DELETE_INDICATOR_ROW -> {
                if (lastIndicator < firstIndicator) {
                    return Edit.none();
                }
                int row = firstIndicator + random.nextInt(lastIndicator - firstIndicator + 1);
                int index = indicatorIndex(sheet, firstIndicator, row);
                deleteRowAsExcelDoes(sheet, row);
                return new Edit(sheet.getSheetName(), "indicators", index);
            }
            case INSERT_ROW_IN_TABLE -> {
                int at = firstIndicator + random.nextInt(Math.max(1, lastIndicator - firstIndicator + 2));
                removeMergesTouching(sheet, at);
                sheet.shiftRows(at, sheet.getLastRowNum(), 1);
                sheet.createRow(at);
                return new Edit(sheet.getSheetName(), null, -1);
            }
            case INSERT_ROW_ABOVE -> {
                sheet.shiftRows(0, sheet.getLastRowNum(), 1);
                sheet.createRow(0).createCell(0).setCellValue("填报单位（盖章）：");
                return Edit.none();
            }
            case BLANK_CELL -> {
                List<Cell> cells = new ArrayList<>();
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (r.getRowNum() > 1 && c.getCellType() != CellType.BLANK && !isLabel(c)) {
                            cells.add(c);
                        }
                    }
                }
                Cell c = cells.get(random.nextInt(cells.size()));
                c.setBlank();
                int lastRowTouched = c.getRowIndex();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    if (m.isInRange(c.getRowIndex(), c.getColumnIndex())) {
                        lastRowTouched = m.getLastRow();
                    }
                }
                return new Edit(sheet.getSheetName(), "rows:" + c.getRowIndex() + ":" + lastRowTouched,
                        c.getRowIndex() >= firstIndicator ? indicatorIndex(sheet, firstIndicator, c.getRowIndex()) : -1);
            }
            case NUMBER_AS_TEXT -> {
                List<Cell> numbers = new ArrayList<>();
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            numbers.add(c);
                        }
                    }
                }
                if (!numbers.isEmpty()) {
                    Cell c = numbers.get(random.nextInt(numbers.size()));
                    String shown = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c);
                    c.setCellValue(random.nextBoolean() ? " " + shown + " " : toFullWidth(shown));
                }
                return Edit.none();
            }
            case UNMERGE -> {
                if (sheet.getNumMergedRegions() > 0) {
                    sheet.removeMergedRegion(random.nextInt(sheet.getNumMergedRegions()));
                }
                return Edit.none();
            }
            case MOVE_SHEET -> {
                wb.setSheetOrder(sheet.getSheetName(), random.nextInt(wb.getNumberOfSheets()));
                return Edit.none();
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * Every field must come back as sent, except what the edit touched: a deleted indicator is
     * missing, a blanked cell's field may be empty. Anything else different is a wrong value.
     */
    private static void compare(int n, Kind kind, Edit edit, ReadForm form, Project expected, List<String> wrong) {
        Project got = form.project();
        boolean touched = form.sheet().equals(edit.sheet());
        List<Indicator> want = new ArrayList<>(expected.indicators());
        if (touched && kind == Kind.DELETE_INDICATOR_ROW && edit.indicator() >= 0 && edit.indicator() < want.size()) {
            want.remove(edit.indicator());
        }
        Project wantProject = expected.withIndicators(want);
        if (touched && kind == Kind.BLANK_CELL) {
            // The blanked value may be gone; what must hold is that nothing present differs.
            check(n, kind, "header", differsIgnoringNulls(header(got), header(wantProject)), wrong);
            String[] rows = edit.field().split(":");
            int span = Integer.parseInt(rows[2]) - Integer.parseInt(rows[1]);
            if (got.indicators().size() == want.size()) {
                for (int i = 0; i < want.size(); i++) {
                    boolean inEdit = edit.indicator() >= 0 && i >= edit.indicator() && i <= edit.indicator() + span;
                    if (!inEdit) {
                        check(n, kind, "indicator " + i + " " + indicator(got.indicators().get(i)) + " vs "
                                + indicator(want.get(i)), differsIgnoringNulls(indicator(got.indicators().get(i)),
                                indicator(want.get(i))), wrong);
                    }
                }
            }
            return;
        }
        String a = ReadBack.text(single(got));
        String b = ReadBack.text(single(wantProject));
        check(n, kind, "project " + expected.name() + " " + firstDifference(a, b), !Objects.equals(a, b), wrong);
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + i + ": read «" + x[i].strip() + "» expected «" + y[i].strip() + "»";
            }
        }
        return x.length == y.length ? "" : "lengths " + x.length + " vs " + y.length;
    }

    private static void check(int n, Kind kind, String what, boolean bad, List<String> wrong) {
        if (bad) {
            wrong.add(n + " " + kind + ": " + what);
        }
    }

    private static List<Object> header(Project p) {
        return java.util.Arrays.asList(p.name(), p.department(), p.nature(), p.category(), p.start(), p.end(),
                p.funds(), p.overallGoal(), p.annualGoal());
    }

    private static List<Object> indicator(Indicator i) {
        return java.util.Arrays.asList(i.level1(), i.level2(), i.name(), i.target(), i.actual(), i.points(), i.score(),
                i.deviation());
    }

    /** True when a value present on both sides differs (a blanked cell may leave its value empty). */
    private static boolean differsIgnoringNulls(List<Object> got, List<Object> want) {
        for (int i = 0; i < got.size(); i++) {
            Object g = got.get(i);
            Object w = want.get(i);
            if (g != null && w != null && !g.equals(w) && !(g instanceof cn.jixiao.registry.Funds)) {
                return true;
            }
        }
        return false;
    }

    private static Registry single(Project p) {
        return new Registry(2000, null, null, null, List.of(new cn.jixiao.registry.Unit("u", List.of(p))));
    }

    private List<Pack> packs() throws Exception {
        RegistryIO io = new RegistryIO();
        List<Pack> packs = new ArrayList<>();
        for (Path registry : TestData.registries()) {
            Registry r = ReadBack.expected(registry);
            Map<String, Project> byId = new HashMap<>();
            r.projects().forEach(up -> byId.put(up.project().id(), up.project().withIndicators(
                    up.project().indicators())));
            Path out = dir.resolve(registry.getFileName().toString());
            for (Path book : ReadBack.fill(registry, out)) {
                packs.add(new Pack(Files.readAllBytes(book), byId));
            }
            Ids.assign(io.read(registry));
        }
        return packs;
    }

    private static boolean isLabel(Cell c) {
        if (c.getCellType() != CellType.STRING) {
            return false;
        }
        String t = c.getStringCellValue().replaceAll("\\s", "");
        return List.of("项目名称", "主管部门", "实施单位", "项目类别", "项目性质", "计划开始日期", "计划完成日期",
                "项目资金总额", "年度资金申请总额", "其中：财政资金", "其中：当年财政拨款", "上年结转资金", "其他资金",
                "项目绩效目标", "年度总体目标", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值",
                "年度(/项目)指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "总分", "年度资金总额",
                "年初预算数", "全年预算数", "全年执行数", "执行率", "预期目标", "实际完成情况", "核算执行率", "核算得分",
                "核算总分").contains(t) || t.startsWith("项目资金（") || t.startsWith("项目总目标") || t.startsWith("填表说明")
                || t.startsWith("财政项目支出") || t.startsWith("（") || t.startsWith("其中：");
    }

    private static int rowWith(XSSFSheet sheet, String label) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                    return r.getRowNum();
                }
            }
        }
        throw new AssertionError(label);
    }

    /** The last row of the indicator table: the row before 总分 or the note. */
    private static int lastIndicatorRow(XSSFSheet sheet, int first) {
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell a = row == null ? null : row.getCell(0);
            String t = a == null || a.getCellType() != CellType.STRING ? "" : a.getStringCellValue();
            if (t.startsWith("总分") || t.startsWith("填表说明")) {
                return r - 1;
            }
        }
        return sheet.getLastRowNum();
    }

    /** Which indicator (0-based) a table row holds, counting the rows above it. */
    private static int indicatorIndex(XSSFSheet sheet, int first, int row) {
        return row - first;
    }

    /**
     * Deletes a row the way Excel does: a vertical merge through it shrinks by one row and keeps
     * its value (moved down when the row deleted was the merge's first).
     */
    private static void deleteRowAsExcelDoes(XSSFSheet sheet, int row) {
        List<CellRangeAddress> shrunk = new ArrayList<>();
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress m = sheet.getMergedRegion(i);
            if (m.getFirstRow() <= row && row <= m.getLastRow()) {
                sheet.removeMergedRegion(i);
                if (m.getFirstRow() == row && m.getLastRow() > row) {
                    Cell top = sheet.getRow(row).getCell(m.getFirstColumn());
                    Row next = sheet.getRow(row + 1);
                    if (top != null && next != null && top.getCellType() == CellType.STRING) {
                        Cell below = next.getCell(m.getFirstColumn()) == null ? next.createCell(m.getFirstColumn())
                                : next.getCell(m.getFirstColumn());
                        below.setCellValue(top.getStringCellValue());
                    }
                }
                if (m.getLastRow() - m.getFirstRow() >= 2 || m.getFirstColumn() != m.getLastColumn()
                        && m.getLastRow() > m.getFirstRow()) {
                    shrunk.add(new CellRangeAddress(m.getFirstRow(), m.getLastRow() - 1, m.getFirstColumn(), m.getLastColumn()));
                }
            }
        }
        sheet.removeRow(sheet.getRow(row));
        if (row < sheet.getLastRowNum()) {
            sheet.shiftRows(row + 1, sheet.getLastRowNum(), -1);
        }
        shrunk.forEach(sheet::addMergedRegion);
    }

    private static void removeMergesTouching(XSSFSheet sheet, int row) {
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress m = sheet.getMergedRegion(i);
            if (m.getFirstRow() <= row && row <= m.getLastRow() && m.getFirstRow() != m.getLastRow()) {
                // What Excel does when a row inside a vertical merge goes: the merge shrinks. The
                // reader must then fill the 一级/二级 down, which is what this case exercises.
                sheet.removeMergedRegion(i);
            }
        }
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．' : c);
        }
        return b.toString();
    }

    static String normal(String s) {
        return TypedText.normaliseOperators(s);
    }
}
