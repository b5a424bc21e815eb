package cn.jixiao.fill;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;

/**
 * What a filled project sheet needs after jxls wrote its values: 一级/二级 merged down their
 * rows as on paper, drop-down lists, the indicator header repeated on every printed page, and
 * the labels locked (without a password: a unit that must change a label can unprotect).
 */
final class FormFinisher {

    static final String[] LEVEL1 = {"成本指标", "产出指标", "效益指标", "满意度指标"};
    static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标",
            "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"};
    static final String[] CATEGORY_BOXES = {"专项资金 ☑  经常性项目 ☐  一次性项目 ☐", "专项资金 ☐  经常性项目 ☑  一次性项目 ☐",
            "专项资金 ☐  经常性项目 ☐  一次性项目 ☑"};
    static final String[] CATEGORY_TEXT = {"其他运转类", "特定目标类", "其他经常性项目"};

    private FormFinisher() {
    }

    static void finish(XSSFSheet sheet, Project project, FormFamily family) {
        Optional<CellAddress> header = SheetScan.find(sheet, "三级指标");
        if (header.isEmpty()) {
            return; // an edited template without an indicator table: nothing to merge
        }
        int headerRow = header.get().getRow();
        int first = headerRow + 1;
        List<Indicator> indicators = project.indicators();
        int rows = Math.max(1, indicators.size());
        int last = first + rows - 1;
        int col1 = columnOf(sheet, headerRow, "一级指标");
        int col2 = columnOf(sheet, headerRow, "二级指标");
        SheetMerges merges = new SheetMerges(sheet);
        if (col1 >= 0 && col2 >= 0 && !indicators.isEmpty()) {
            mergeRuns(sheet, merges, first, indicators, col1, col2);
        }
        mergeLikeHeader(merges, headerRow, first, last);
        int col0 = columnOf(sheet, headerRow, "绩效指标");
        if (col0 >= 0) {
            merges.add(new CellRangeAddress(headerRow, last, col0, col0));
        }
        if (col1 >= 0) {
            list(sheet, first, last, col1, LEVEL1);
        }
        if (col2 >= 0) {
            list(sheet, first, last, col2, LEVEL2);
        }
        categoryList(sheet, family);
        int lastUsed = Math.max(sheet.getLastRowNum(), last);
        int lastCol = lastFormColumn(sheet, merges, headerRow);
        // The template's print area covers the template's rows; the filled form is longer.
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastCol, 0, lastUsed);
        cn.jixiao.util.RowHeights.fit(sheet, 0, lastUsed, merges.all());
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        protect(sheet);
    }

    /** Merges each run of equal 一级, and within it each run of equal 二级, blanking the hidden cells. */
    private static void mergeRuns(XSSFSheet sheet, SheetMerges merges, int first, List<Indicator> indicators,
                                  int col1, int col2) {
        int start1 = 0;
        for (int i = 1; i <= indicators.size(); i++) {
            if (i == indicators.size() || !same(indicators.get(i).level1(), indicators.get(start1).level1())) {
                merge(sheet, merges, first + start1, first + i - 1, col1);
                int start2 = start1;
                for (int j = start1 + 1; j <= i; j++) {
                    if (j == i || !same(indicators.get(j).level2(), indicators.get(start2).level2())) {
                        merge(sheet, merges, first + start2, first + j - 1, col2);
                        start2 = j;
                    }
                }
                start1 = i;
            }
        }
    }

    /** Indicator rows take the header's horizontal merges (三级 over two columns, 偏差原因…). */
    private static void mergeLikeHeader(SheetMerges merges, int headerRow, int first, int last) {
        List<CellRangeAddress> spans = merges.all().stream()
                .filter(m -> m.getFirstRow() == headerRow && m.getLastRow() == headerRow
                        && m.getLastColumn() > m.getFirstColumn())
                .toList();
        for (CellRangeAddress span : spans) {
            for (int r = first; r <= last; r++) {
                merges.add(new CellRangeAddress(r, r, span.getFirstColumn(), span.getLastColumn()));
            }
        }
    }

    private static boolean same(String a, String b) {
        return a != null && Objects.equals(a, b);
    }

    private static void merge(XSSFSheet sheet, SheetMerges merges, int from, int to, int col) {
        if (to <= from) {
            return;
        }
        for (int r = from + 1; r <= to; r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(col);
            if (c != null) {
                blank(c);
            }
        }
        merges.add(new CellRangeAddress(from, to, col, col));
    }

    /**
     * Empties a cell under a merge. A cell holding just a value (type and value attributes besides
     * its reference and style) loses those two attributes, which leaves the element POI's setBlank
     * makes; setBlank builds a new element and copies the old one's reference and style into it,
     * at several times the cost. Anything else (a formula, inline text, part of an array) is left
     * to setBlank.
     */
    static void blank(Cell cell) {
        if (cell instanceof XSSFCell x && !x.isPartOfArrayFormulaGroup()) {
            CTCell ct = x.getCTCell();
            if (!ct.isSetF() && !ct.isSetIs() && !ct.isSetExtLst() && !ct.isSetCm() && !ct.isSetVm() && !ct.isSetPh()) {
                if (ct.isSetT()) {
                    ct.unsetT();
                }
                if (ct.isSetV()) {
                    ct.unsetV();
                }
                return;
            }
        }
        cell.setBlank();
    }

    /** The form's last printed column: the end of the indicator header (the check columns stay off paper). */
    private static int lastFormColumn(XSSFSheet sheet, SheetMerges merges, int headerRow) {
        int last = 0;
        Row r = sheet.getRow(headerRow);
        for (Cell c : r) {
            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && !c.getStringCellValue().isBlank()) {
                last = Math.max(last, c.getColumnIndex());
            }
        }
        for (CellRangeAddress m : merges.all()) {
            if (m.getFirstRow() == headerRow && m.getFirstColumn() <= last && m.getLastColumn() > last) {
                last = m.getLastColumn();
            }
        }
        return last;
    }

    private static int columnOf(XSSFSheet sheet, int row, String label) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return -1;
        }
        for (Cell c : r) {
            if (SheetScan.isLabel(c, label)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    private static void list(XSSFSheet sheet, int first, int last, int col, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(first, last, col, col));
        // A warning, not a stop: the older framework and a unit's own wording must still be enterable.
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox("指标名称", "不在常用列表中，请确认一级/二级指标名称。");
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    private static void categoryList(XSSFSheet sheet, FormFamily family) {
        if (family == FormFamily.ZIPING) {
            return;
        }
        SheetScan.find(sheet, "项目类别").ifPresent(label -> {
            int col = label.getColumn() + 1;
            String[] values = family == FormFamily.MUBIAO ? CATEGORY_BOXES : CATEGORY_TEXT;
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values),
                    new CellRangeAddressList(label.getRow(), label.getRow(), col, col));
            v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            v.setSuppressDropDownArrow(true);
            sheet.addValidationData(v);
        });
    }

    static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        // Units insert and delete indicator rows and resize columns; that must stay possible.
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockFormatCells(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
