package cn.jixiao.template;

/**
 * Where the parts of a drawn form sit (0-based rows and columns), as the template maker drew
 * them. The filler and the reader do not rely on it: they find the markers and labels in the
 * template itself, so that a finance officer may move things about.
 */
record FormLayout(int indicatorHeaderRow, int indicatorRow, int lastCol, int lastRow) {
}
