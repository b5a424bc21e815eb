package cn.jixiao.fill;

import cn.jixiao.registry.Evaluation;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The self-evaluation arithmetic as live Excel formulas (domain.md): 执行率 = 全年执行数 ÷
 * 全年预算数; its 得分 = 执行率 × 分值, rounded, not above 分值; 总分 = that 得分 + the indicator
 * scores. Each formula is placed relative to its own cell, the way the 自评表 lays the money
 * row out (全年预算数, 全年执行数, 分值, 执行率, 得分 side by side), and the indicator rows are
 * the ones right above the 总分 row.
 */
enum FormulaKind {
    /** In the 执行率 column of the 年度资金总额 row. */
    RATE {
        @Override
        String formulaAt(Cell c, int n) {
            return rate(c, 3, 2);
        }
    },
    /** In the 得分 column, right of 执行率. */
    RATE_SCORE {
        @Override
        String formulaAt(Cell c, int n) {
            return rateScore(c, 2);
        }
    },
    /** Check column beside the money block: 执行率 computed from the money figures. */
    CHECK_RATE {
        @Override
        String formulaAt(Cell c, int n) {
            return rate(c, 5, 4);
        }
    },
    /** Check column: the 得分 that computed 执行率 earns. */
    CHECK_RATE_SCORE {
        @Override
        String formulaAt(Cell c, int n) {
            return rateScore(c, 4);
        }
    },
    /** 分值 of the 总分 row: the indicator points (the column of this cell) plus the 执行率 分值. */
    POINTS_TOTAL {
        @Override
        String formulaAt(Cell c, int n) {
            return sumAbove(c, 0, n) + "+" + num(moneyRow(c, "分值"));
        }
    },
    /** 得分 of the 总分 row: indicator scores plus the 执行率 得分. */
    TOTAL_SCORE {
        @Override
        String formulaAt(Cell c, int n) {
            return sumAbove(c, 0, n) + "+" + num(moneyRow(c, "得分"));
        }
    },
    /** Check column of the 总分 row: computed 执行率 得分 plus the stated indicator scores. */
    CHECK_TOTAL_SCORE {
        @Override
        String formulaAt(Cell c, int n) {
            String checkScore = moneyRow(c, "核算得分");
            return num(checkScore) + "+" + sumAbove(c, -4, n);
        }
    };

    abstract String formulaAt(Cell cell, int indicatorCount);

    /** Whether the formula gives a 执行率 (shown as a percent) rather than points. */
    boolean isRate() {
        return this == RATE || this == CHECK_RATE;
    }

    /** 执行率 from the 全年预算数 and 全年执行数 that stand the given number of columns to the left. */
    private static String rate(Cell c, int budgetLeft, int executedLeft) {
        String budget = ref(c.getRowIndex(), c.getColumnIndex() - budgetLeft);
        String executed = ref(c.getRowIndex(), c.getColumnIndex() - executedLeft);
        return "IF(" + num(budget) + "=0,\"\"," + executed + "/" + budget + ")";
    }

    /** 执行率 × 分值 rounded by the one rule ({@link Evaluation#RATE_SCORE_DECIMALS}), not above 分值; 执行率 is the cell to the left. */
    private static String rateScore(Cell c, int pointsLeft) {
        String rate = ref(c.getRowIndex(), c.getColumnIndex() - 1);
        String points = ref(c.getRowIndex(), c.getColumnIndex() - pointsLeft);
        return "IF(" + rate + "=\"\",\"\",MIN(" + points + ",ROUND(" + num(rate) + "*" + points + ","
                + Evaluation.RATE_SCORE_DECIMALS + ")))";
    }

    /** The cell's number, 0 for text or blank (what N() does; spelt out because POI cannot evaluate N). */
    static String num(String ref) {
        return "IF(ISNUMBER(" + ref + ")," + ref + ",0)";
    }

    static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }

    /** SUM over the indicator rows right above this row, in the column {@code shift} from this cell. */
    private static String sumAbove(Cell c, int shift, int n) {
        int col = c.getColumnIndex() + shift;
        if (n <= 0) {
            return "0";
        }
        return "SUM(" + ref(c.getRowIndex() - n, col) + ":" + ref(c.getRowIndex() - 1, col) + ")";
    }

    /**
     * The cell of the 年度资金总额 row under the money block's header {@code header} (分值, 得分,
     * 核算得分). Found by its labels, so static rows a finance officer adds above still work.
     */
    private static String moneyRow(Cell c, String header) {
        Sheet sheet = c.getSheet();
        for (int r = 1; r < c.getRowIndex(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && rowHas(row, "年度资金总额")) {
                Row head = sheet.getRow(r - 1);
                for (Cell h : head) {
                    if (h.getCellType() == CellType.STRING && h.getStringCellValue().strip().equals(header)) {
                        return ref(r, h.getColumnIndex());
                    }
                }
            }
        }
        return "0";
    }

    private static boolean rowHas(Row row, String label) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(label)) {
                return true;
            }
        }
        return false;
    }
}
