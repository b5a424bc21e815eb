package cn.jixiao.fill;

import cn.jixiao.registry.MoneyUnit;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.jxls.common.Context;
import org.jxls.transform.poi.WritableCellValue;

/**
 * What the filler writes into a template cell. Every registry value goes through one of these,
 * so text is always written as text (never read as a formula, whatever it starts with) and
 * amounts keep the decimals they were written with.
 */
final class CellValues {

    private CellValues() {
    }

    static Object text(String s) {
        return s == null ? null : new Text(s);
    }

    static Object amount(BigDecimal a, MoneyUnit unit, StyleCache styles) {
        return a == null ? null : new Amount(a, unit, styles);
    }

    static Object number(BigDecimal n, StyleCache styles) {
        return n == null ? null : new Amount(n, null, styles);
    }

    /** Literal text: "=SUM(A1)" or "${x}" in a registry is shown exactly so. */
    record Text(String value) implements WritableCellValue {
        @Override
        public Object writeToCell(Cell cell, Context context) {
            cell.setCellValue(value);
            return cell;
        }
    }

    /**
     * A number whose format shows the decimals it was written with (16.50 shows 16.50, 0 shows
     * 0), so that the form reads like the registry and the reader can give back the same scale.
     * 元 amounts get thousands separators, as the 申报表 prints them.
     */
    record Amount(BigDecimal value, MoneyUnit unit, StyleCache styles) implements WritableCellValue {
        @Override
        public Object writeToCell(Cell cell, Context context) {
            cell.setCellValue(value.doubleValue());
            styles.applyFormat(cell, format(value.scale(), unit == MoneyUnit.YUAN));
            return cell;
        }

        static String format(int scale, boolean grouping) {
            String integer = grouping ? "#,##0" : "0";
            return scale <= 0 ? integer : integer + "." + "0".repeat(Math.min(scale, 10));
        }
    }

    /** A live formula, made when the cell's position is known (its row is where jxls put it). */
    record Formula(FormulaKind kind, int indicatorCount) implements WritableCellValue {
        @Override
        public Object writeToCell(Cell cell, Context context) {
            cell.setCellFormula(kind.formulaAt(cell, indicatorCount));
            return cell;
        }
    }
}
