package cn.jixiao.fill;

import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.template.OfficialTemplates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 目录's figures as references to the forms' own cells, so that a unit correcting an amount
 * on a form sees the 目录 and its 合计 follow before its head signs them. A direct reference
 * ({@code '项目'!E6}) is what Excel and LibreOffice move along when rows are inserted above the
 * cell on the form. Positions are recorded as jxls writes each value (one recorder per workbook),
 * so nothing depends on where a template puts its cells.
 */
final class TocLinks {

    private record TocCell(int row, int col, int project, String key) {
    }

    private final Map<String, CellAddress> formCells = new HashMap<>();
    private final List<TocCell> tocCells = new ArrayList<>();

    /** Called by {@link CellValues.Linked} for every cell a linked value is written to. */
    void written(Cell cell, int project, String key) {
        if (cell.getSheet().getSheetName().equals(OfficialTemplates.TOC_SHEET)) {
            tocCells.add(new TocCell(cell.getRowIndex(), cell.getColumnIndex(), project, key));
        } else {
            formCells.put(project + "|" + key, cell.getAddress());
        }
    }

    /**
     * Points each recorded 目录 cell at its project's form cell (blank where the form is blank; the
     * figure written stays as the cached value), and gives the 合计 row the columns' money format.
     * {@code sheetNames} holds the project sheets in project order (project 1 first).
     */
    void link(XSSFWorkbook wb, List<String> sheetNames, MoneyUnit money) {
        XSSFSheet toc = wb.getSheet(OfficialTemplates.TOC_SHEET);
        if (toc == null) {
            return;
        }
        Map<Integer, Integer> scaleByColumn = new HashMap<>();
        for (TocCell t : tocCells) {
            CellAddress at = formCells.get(t.project() + "|" + t.key());
            if (at == null || t.project() < 1 || t.project() > sheetNames.size()) {
                continue; // the template's form has no such cell: the 目录 keeps the figure as written
            }
            String ref = new CellReference(sheetNames.get(t.project() - 1), at.getRow(), at.getColumn(), false, false)
                    .formatAsString();
            Cell cell = toc.getRow(t.row()).getCell(t.col());
            cell.setCellFormula("IF(" + ref + "=\"\",\"\"," + ref + ")");
            scaleByColumn.merge(t.col(), scale(cell), Math::max);
        }
        totalsFormat(toc, scaleByColumn, money);
    }

    private static int scale(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        int dot = format == null ? -1 : format.indexOf('.');
        return dot < 0 ? 0 : format.length() - dot - 1;
    }

    /** The 合计 row shows its sums as the rows above show theirs. */
    private static void totalsFormat(XSSFSheet toc, Map<Integer, Integer> scaleByColumn, MoneyUnit money) {
        Optional<CellAddress> label = SheetScan.find(toc, "合计");
        if (label.isEmpty()) {
            return;
        }
        Row row = toc.getRow(label.get().getRow());
        StyleCache styles = new StyleCache();
        for (var e : scaleByColumn.entrySet()) {
            Cell cell = row.getCell(e.getKey());
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                styles.applyFormat(cell, money.excelFormat(e.getValue()));
            }
        }
    }
}
