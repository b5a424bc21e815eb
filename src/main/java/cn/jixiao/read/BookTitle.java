package cn.jixiao.read;

import cn.jixiao.grid.SheetGrid;
import cn.jixiao.grid.GridCell;
import cn.jixiao.grid.TypedText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title an office puts over its summary book, such as 上海市松江区九亭镇社区党群服务中心 2026
 * 年度项目绩效目标汇总表: it names the unit and the year that the forms under it may leave out.
 *
 * @param unit null when the title names none
 */
record BookTitle(String text, String unit, int year) {

    private static final Pattern TITLE = Pattern.compile("(?<unit>.*?)\\s*(?<year>\\d{4})\\s*年度?.*汇总表.*");

    /** The first book title on the sheet above row {@code before}, if there is one. */
    static Optional<BookTitle> find(SheetGrid sheet, int before) {
        for (int r : sheet.rowNumbers(0, before - 1)) {
            for (GridCell c : sheet.row(r).values()) {
                if (c.numeric() || !c.text().contains("汇总表")) {
                    continue;
                }
                String text = TypedText.clean(c.text().replaceFirst("^\\s*#+\\s*", ""));
                Matcher m = TITLE.matcher(TypedText.toAsciiDigits(text));
                if (m.matches()) {
                    String unit = m.group("unit").replaceAll("\\s+", "");
                    return Optional.of(new BookTitle(text, unit.isEmpty() ? null : unit,
                            Integer.parseInt(m.group("year"))));
                }
            }
        }
        return Optional.empty();
    }
}
