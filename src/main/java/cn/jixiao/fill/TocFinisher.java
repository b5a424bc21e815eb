package cn.jixiao.fill;

import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Links each project name on the 目录 sheet to its form, and locks the sheet (it is computed). */
final class TocFinisher {

    private TocFinisher() {
    }

    static void finish(XSSFSheet toc, List<String> sheetNames) {
        Optional<CellAddress> header = SheetScan.find(toc, "项目名称");
        if (header.isPresent()) {
            CreationHelper helper = toc.getWorkbook().getCreationHelper();
            int col = header.get().getColumn();
            for (int i = 0; i < sheetNames.size(); i++) {
                Row row = toc.getRow(header.get().getRow() + 1 + i);
                Cell cell = row == null ? null : row.getCell(col);
                if (cell == null) {
                    break;
                }
                Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + sheetNames.get(i).replace("'", "''") + "'!A1");
                cell.setHyperlink(link);
            }
            toc.createFreezePane(0, header.get().getRow() + 1);
            toc.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(header.get().getRow(), header.get().getRow(), -1, -1));
        }
        cn.jixiao.util.RowHeights.fit(toc, 0, toc.getLastRowNum());
        FormFinisher.protect(toc);
    }
}
