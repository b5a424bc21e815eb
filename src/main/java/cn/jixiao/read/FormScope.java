package cn.jixiao.read;

import cn.jixiao.grid.LoadedWorkbook;
import cn.jixiao.grid.SheetGrid;
import cn.jixiao.read.FormLocator.Block;
import java.util.List;

/**
 * Where one form is read: its workbook, its sheet, the rows it spans, the labels found there, its
 * family's template map, and where problems go. The form reader and its indicator table share it.
 */
record FormScope(LoadedWorkbook book, SheetGrid sheet, Block block, SheetLabels labels, TemplateMap map,
                 List<ReadProblem> problems, LabelKeys keys) {
}
