package cn.jixiao.read;

import cn.jixiao.grid.GridCell;
import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.SheetGrid;
import cn.jixiao.grid.TypedDate;
import cn.jixiao.grid.TypedText;
import cn.jixiao.i18n.Msg;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.TypedAmount;
import java.math.BigDecimal;
import java.util.List;

/**
 * One cell's text turned into what the registry holds for its field: text cleaned of stray
 * spaces, amounts with the decimals they show (16.50 stays 16.50; 16.50万 in a 元 form becomes
 * 165000.00), ticked boxes as the category, 指标N： numbering dropped, operators in one spelling.
 * A value that cannot be what the field needs is left out and reported with its cell.
 */
final class FieldValue {

    private final LoadedWorkbook book;
    private final SheetGrid sheet;
    private final List<ReadProblem> problems;

    FieldValue(LoadedWorkbook book, SheetGrid sheet, List<ReadProblem> problems) {
        this.book = book;
        this.sheet = sheet;
        this.problems = problems;
    }

    Object convert(FieldKind kind, int row, int col, MoneyUnit money) {
        GridCell cell = sheet.cell(row, col);
        if (cell == null) {
            return null;
        }
        if ((kind == FieldKind.STATED_NUMBER || kind == FieldKind.STATED_TEXT) && cell.formula()) {
            return null; // the form's own formula: computed, not stated by the unit
        }
        String text = TypedText.clean(book.value(sheet, row, col));
        if (text.isEmpty()) {
            if (cell.uncachedFormula()) {
                // A formula with no stored value that cannot be computed here, such as one that
                // reads another workbook: left empty, never guessed, and said so.
                warn(row, col, "read.formulaNotComputed", "");
            }
            return null;
        }
        if (kind == FieldKind.DATE && cell.date() != null) {
            return DateCellText.of(text, cell.date());
        }
        return convertText(kind, text, row, col, money);
    }

    /** Text already taken from a cell (the value part of a label cell, 项目名称：XXX) as the field's value. */
    Object convertText(FieldKind kind, String text, int row, int col, MoneyUnit money) {
        return switch (kind) {
            case TEXT, STATED_TEXT, DATE -> text;
            case VALUE -> TypedText.normaliseOperators(text);
            case BOXES -> CategoryBoxes.category(text);
            case NUMBERED_NAME -> blankToNull(TypedText.stripIndicatorPrefix(text));
            case AMOUNT -> amount(text, money, row, col);
            case NUMBER, STATED_NUMBER -> number(text, row, col);
        };
    }

    private BigDecimal amount(String text, MoneyUnit money, int row, int col) {
        TypedAmount a = TypedAmount.parse(text);
        if (a.isNotANumber()) {
            warn(row, col, "read.notAnAmount", text);
            return null;
        }
        return a.in(money);
    }

    private BigDecimal number(String text, int row, int col) {
        TypedAmount a = TypedAmount.parse(text);
        if (a.isNotANumber() || a.statedUnit() != null) {
            warn(row, col, "read.notANumber", text);
            return null;
        }
        return a.value();
    }

    private void warn(int row, int col, String key, String text) {
        problems.add(ReadProblem.cellWarning(book.file(), sheet.name(), FormReader.address(row, col),
                new Msg(key, text)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
