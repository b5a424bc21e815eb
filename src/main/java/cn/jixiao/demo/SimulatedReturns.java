package cn.jixiao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What units do with the packs they are sent, played out on copies: most send them back as they
 * were; one adds an indicator row, one corrects a value, one re-saves as .xls, one never answers.
 * Each edit is described, so the demo can say what the rest of the pipeline should find.
 */
final class SimulatedReturns {

    /** What happened to one pack. */
    record Event(Path pack, String what) {
    }

    private SimulatedReturns() {
    }

    static List<Event> make(List<Path> packs, Path returns) throws IOException {
        Files.createDirectories(returns);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            Path pack = packs.get(i);
            String name = pack.getFileName().toString();
            if (packs.size() > 2 && i == packs.size() - 1) {
                events.add(new Event(pack, "missing"));
                continue;
            }
            switch (i % 4) {
                case 1 -> {
                    edit(pack, returns.resolve(name), SimulatedReturns::addIndicator);
                    events.add(new Event(pack, "indicatorAdded"));
                }
                case 2 -> {
                    edit(pack, returns.resolve(name), SimulatedReturns::correctValue);
                    events.add(new Event(pack, "valueCorrected"));
                }
                case 3 -> {
                    try (InputStream in = Files.newInputStream(pack); XSSFWorkbook wb = new XSSFWorkbook(in);
                         OutputStream out = Files.newOutputStream(returns.resolve(name.replaceAll("\\.xlsx$", ".xls")))) {
                        XlsCopy.write(wb, out);
                    }
                    events.add(new Event(pack, "savedAsXls"));
                }
                default -> {
                    Files.copy(pack, returns.resolve(name));
                    events.add(new Event(pack, "asSent"));
                }
            }
        }
        return events;
    }

    private interface Edit {
        void apply(XSSFSheet form);
    }

    private static void edit(Path from, Path to, Edit edit) throws IOException {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.apply(wb.getSheetAt(1)); // the first project's form, right after 目录
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    /** A unit adds an output indicator under the table's first row. */
    private static void addIndicator(XSSFSheet form) {
        int header = rowWith(form, "三级指标");
        form.shiftRows(header + 2, form.getLastRowNum(), 1);
        Row row = form.createRow(header + 2);
        int name = columnWith(form, header, "三级指标");
        row.createCell(name - 2).setCellValue("产出指标");
        row.createCell(name - 1).setCellValue("数量指标");
        row.createCell(name).setCellValue("宣传活动次数");
        int value = form.getRow(header).getLastCellNum() - 1;
        for (int c = value; c > name; c--) {
            Cell h = form.getRow(header).getCell(c);
            if (h != null && h.getCellType() == CellType.STRING && h.getStringCellValue().contains("指标值")) {
                value = c;
            }
        }
        row.createCell(value).setCellValue("≥4次");
    }

    /** A unit corrects the first indicator's target value. */
    private static void correctValue(XSSFSheet form) {
        int header = rowWith(form, "三级指标");
        Row first = form.getRow(header + 1);
        for (int c = form.getRow(header).getLastCellNum() - 1; c >= 0; c--) {
            Cell h = form.getRow(header).getCell(c);
            if (h != null && h.getCellType() == CellType.STRING && h.getStringCellValue().contains("指标值")) {
                first.getCell(c).setCellValue("≥98%");
                return;
            }
        }
    }

    private static int rowWith(XSSFSheet sheet, String label) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                    return r.getRowNum();
                }
            }
        }
        throw new IllegalStateException("no " + label + " on " + sheet.getSheetName());
    }

    private static int columnWith(XSSFSheet sheet, int row, String label) {
        for (Cell c : sheet.getRow(row)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return c.getColumnIndex();
            }
        }
        throw new IllegalStateException("no " + label);
    }
}
