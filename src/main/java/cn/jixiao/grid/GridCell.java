package cn.jixiao.grid;

import java.time.LocalDate;

/**
 * One cell of a returned workbook, as a person sees it: the text it displays (numbers formatted
 * with the cell's own number format, so 16.50 shown as "16.50" keeps its two decimals), whether it
 * is a formula, whether the file held a computed value for it, and the date when it is formatted
 * as one.
 */
public record GridCell(String text, boolean numeric, boolean formula, boolean cached, LocalDate date) {

    public static GridCell text(String text) {
        return new GridCell(text, false, false, true, null);
    }

    public boolean isBlank() {
        return text.isBlank() && !(formula && !cached);
    }

    /** A formula the file holds no computed value for (written by a program that does not calculate). */
    public boolean uncachedFormula() {
        return formula && !cached;
    }
}
