package cn.jixiao.read;

import cn.jixiao.i18n.Msg;
import java.nio.file.Path;

/**
 * Something the reader could not take as it stood: a whole file (sheet and cell null), a form
 * (cell null) or one cell. An error means data was not read; a warning means it was read with a
 * caveat the finance officer should know. unreadable: the file could not be opened at all.
 */
public record ReadProblem(Path file, String sheet, String cell, boolean error, Msg message, boolean unreadable) {

    /** A problem met while reading a file that could be opened. */
    public ReadProblem(Path file, String sheet, String cell, boolean error, Msg message) {
        this(file, sheet, cell, error, message, false);
    }

    /** A file that could not be opened or read at all (damaged, encrypted, not a workbook, a bad registry). */
    public static ReadProblem unreadable(Path file, Msg message) {
        return new ReadProblem(file, null, null, true, message, true);
    }

    static ReadProblem fileError(Path file, Msg message) {
        return new ReadProblem(file, null, null, true, message);
    }

    static ReadProblem cellWarning(Path file, String sheet, String cell, Msg message) {
        return new ReadProblem(file, sheet, cell, false, message);
    }
}
