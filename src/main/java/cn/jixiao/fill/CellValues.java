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

    /**
     * An amount; empty ones too, so that the empty input cell already has the money format and a
     * figure a unit types shows with two decimals.
     */
    static Amount amount(BigDecimal a, MoneyUnit unit, StyleCache styles) {
        return new Amount(a, unit, styles);
    }

    /** A value whose cell is recorded, so that the 目录 can point at the form's cell rather than copy its figure. */
    static Object linked(Object value, TocLinks links, int project, String key) {
        return new Linked(value, links, project, key);
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
     * A number. Money shows two decimals, or the registry's own when it has more
     * ({@link MoneyUnit#excelFormat}), 元 with thousands separators as the 申报表 prints them; a
     * score (no unit) shows the decimals it was written with (15, 13.5). A null amount leaves the
     * cell empty, in the money format.
     */
    record Amount(BigDecimal value, MoneyUnit unit, StyleCache styles) implements WritableCellValue {
        @Override
        public Object writeToCell(Cell cell, Context context) {
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
            if (unit != null) {
                styles.applyFormat(cell, unit.excelFormat(value == null ? 0 : value.scale()));
            } else if (value != null) {
                styles.applyFormat(cell, value.scale() <= 0 ? "0" : "0." + "0".repeat(Math.min(value.scale(), 10)));
            }
            return cell;
        }
    }

    /** Writes its value (or nothing) and tells the 目录 links where it went. */
    record Linked(Object value, TocLinks links, int project, String key) implements WritableCellValue {
        @Override
        public Object writeToCell(Cell cell, Context context) {
            if (value instanceof WritableCellValue w) {
                w.writeToCell(cell, context);
            }
            links.written(cell, project, key);
            return cell;
        }
    }

    /** A live formula, made when the cell's position is known (its row is where jxls put it). */
    record Formula(FormulaKind kind, int indicatorCount, StyleCache styles) implements WritableCellValue {
        @Override
        public Object writeToCell(Cell cell, Context context) {
            cell.setCellFormula(kind.formulaAt(cell, indicatorCount));
            if (kind.isRate()) {
                styles.applyFormat(cell, cn.jixiao.registry.Evaluation.RATE_FORMAT);
            }
            return cell;
        }
    }
}
