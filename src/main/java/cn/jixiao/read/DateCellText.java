package cn.jixiao.read;

import cn.jixiao.grid.TypedDate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A real date cell of a returned or office workbook, as text: the registry keeps dates as
 * written, and a date cell is written the way it displays. Its number format says how
 * (yyyy-mm-dd gives 2024-01-01, yyyy"年"m"月"d"日" gives 2024年1月1日), and Excel turns a typed
 * 2024-01-01 into such a cell, so a date that was never touched reads back as it was typed; a
 * format showing only the month (2024年1月) is kept so too. Only a display that does not name the
 * date with its four-digit year (Excel's locale short date, shown 1/1/24 by a formatter outside
 * China) is written as Chinese Excel shows that short date: 2024/1/1.
 */
final class DateCellText {

    private DateCellText() {
    }

    static String of(String displayed, LocalDate date) {
        // POI's formatter keeps the quotes of a format's literal text: 2024"年"1"月"1"日"
        String text = displayed.replace("\"", "").strip();
        Optional<TypedDate> shown = TypedDate.parse(text);
        if (shown.isPresent() && !date.isBefore(shown.get().firstDay()) && !date.isAfter(shown.get().lastDay())) {
            return text;
        }
        return date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }
}
