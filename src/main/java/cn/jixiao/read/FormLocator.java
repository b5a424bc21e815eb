package cn.jixiao.read;

import cn.jixiao.grid.SheetGrid;
import cn.jixiao.grid.GridCell;
import cn.jixiao.read.TemplateMap.Cell;
import cn.jixiao.registry.FormFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the forms on a sheet are. Offices stack every project's form one under another on one
 * sheet (their 汇总表), with their own column layout, so a form is found by its anchors, never by
 * position: the form title (财政项目支出绩效目标表 / 申报表 / 自评表) and the 项目名称 label that
 * starts each header block. A form runs from its title (or, without one, its 项目名称 row) to the
 * row before the next form, a 填表说明 line, or the end of the sheet. A title followed by no
 * 项目名称 is a form too, one whose project cannot be named; it is kept so that it is reported.
 */
final class FormLocator {

    /** One form's rows; title is null for a form without one, name null for one without 项目名称. */
    record Block(int firstRow, int lastRow, FormFamily family, Cell title, Cell name) {

        boolean contains(int row) {
            return row >= firstRow && row <= lastRow;
        }

        /** The cell a problem with this form as a whole is reported at: its 项目名称 label, else its title. */
        String anchor() {
            Cell c = name != null ? name : title;
            return c == null ? null : FormReader.address(c.row(), c.col());
        }
    }

    private FormLocator() {
    }

    static List<Block> blocks(SheetGrid sheet, LabelKeys keys) {
        List<Cell> titles = new ArrayList<>();
        List<FormFamily> families = new ArrayList<>();
        List<Cell> names = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (int r : sheet.rowNumbers()) {
            for (var e : sheet.row(r).entrySet()) {
                GridCell c = e.getValue();
                if (c.numeric() || c.text().isBlank()) {
                    continue;
                }
                String key = keys.of(c.text());
                FormFamily family = titleFamily(key);
                if (family != null) {
                    titles.add(new Cell(r, e.getKey(), r, e.getKey(), c.text()));
                    families.add(family);
                } else if ((key.equals("项目名称") || key.startsWith("项目名称:")) && !tableHeading(sheet, r, e.getKey())) {
                    // 项目名称：XXX typed into one cell starts a form as well
                    Cell t = TemplateMap.topLeft(sheet, r, e.getKey());
                    names.add(t == null ? new Cell(r, e.getKey(), r, e.getKey(), c.text()) : t);
                } else if (key.startsWith("填表说明")) {
                    notes.add(r);
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        int t = 0;
        int n = 0;
        // Walk titles and 项目名称 labels in row order: a title opens a form, a 项目名称 opens one
        // unless the form opened by the title just above has none yet.
        Cell openTitle = null;
        FormFamily openFamily = null;
        Cell openName = null;
        int openRow = -1;
        while (t < titles.size() || n < names.size()) {
            boolean takeTitle = n >= names.size() || (t < titles.size() && titles.get(t).row() <= names.get(n).row());
            if (takeTitle) {
                Cell title = titles.get(t);
                if (openRow >= 0) {
                    blocks.add(new Block(openRow, title.row() - 1, openFamily, openTitle, openName));
                }
                openRow = title.row();
                openTitle = title;
                openFamily = families.get(t);
                openName = null;
                t++;
            } else {
                Cell name = names.get(n);
                if (openRow >= 0 && openName == null) {
                    openName = name;
                } else {
                    if (openRow >= 0) {
                        blocks.add(new Block(openRow, name.row() - 1, openFamily, openTitle, openName));
                    }
                    openRow = name.row();
                    openTitle = null;
                    openFamily = null;
                    openName = name;
                }
                n++;
            }
        }
        if (openRow >= 0) {
            blocks.add(new Block(openRow, sheet.lastRow(), openFamily, openTitle, openName));
        }
        return blocks.stream().map(b -> cutAtNote(b, notes)).toList();
    }

    /** Headings that stand left of 项目名称 in a list of projects (a summary's 汇总, 指标明细, 变更…), never in a form. */
    private static final java.util.Set<String> LIST_HEADINGS = java.util.Set.of("序号", "实施单位", "主管部门");

    /**
     * Whether this 项目名称 heads a column of a list rather than starting a form: in a form it is the
     * first label of its row, in a list (jixiao's own summary sheets, an office's project list) 序号 or
     * 实施单位 stands before it, and the names run down the column under it.
     */
    private static boolean tableHeading(SheetGrid sheet, int row, int col) {
        for (var e : sheet.row(row).entrySet()) {
            if (e.getKey() < col && !e.getValue().numeric()
                    && LIST_HEADINGS.contains(LabelKey.of(e.getValue().text()))) {
                return true;
            }
        }
        return false;
    }

    /** A 填表说明 line below the form's own rows ends it: the note is not part of the form's data. */
    private static Block cutAtNote(Block b, List<Integer> notes) {
        int from = b.name() != null ? b.name().row() : b.firstRow();
        for (int note : notes) {
            if (note > from && note <= b.lastRow()) {
                return new Block(b.firstRow(), note - 1, b.family(), b.title(), b.name());
            }
        }
        return b;
    }

    /** The family whose title the text is (a heading may carry a prefix, such as a book's numbering), or null. */
    static FormFamily titleFamily(String key) {
        for (FormFamily f : FormFamily.values()) {
            if (key.endsWith(f.title()) && key.length() <= f.title().length() + 8) {
                return f;
            }
        }
        return null;
    }
}
