package cn.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The read benchmarks' yardstick: what the simplest POI script does with a returned workbook,
 * open it as an XSSFWorkbook and touch every cell's value. Runs in process, and as a process of
 * its own ({@code java -cp jixiao.jar cn.jixiao.bench.PoiTouch DIR}) for the whole-process figure.
 */
public final class PoiTouch {

    private PoiTouch() {
    }

    public static void main(String[] args) throws IOException, InvalidFormatException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        System.out.println(files.size() + " files, checksum " + touchAll(files));
    }

    /** Opens each file, touches every cell, closes it; a checksum keeps the JIT from skipping the work. */
    public static long touchAll(List<Path> files) throws IOException, InvalidFormatException {
        long sum = 0;
        for (Path file : files) {
            try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell c : row) {
                            sum += touch(c);
                        }
                    }
                }
            }
        }
        return sum;
    }

    private static long touch(Cell c) {
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue().length();
            case NUMERIC -> (long) c.getNumericCellValue();
            case BOOLEAN -> c.getBooleanCellValue() ? 1 : 0;
            case FORMULA -> c.getCellFormula().length();
            default -> 0;
        };
    }
}
