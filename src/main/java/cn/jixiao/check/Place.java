package cn.jixiao.check;

/**
 * Where a finding is: in a workbook, its file, sheet and cell; in a registry, its file, the path
 * in the registry's tree and, for YAML, the line. path is given in both cases, so findings on the
 * same value compare whichever way it came in.
 */
public record Place(String file, String sheet, String cell, String path, Integer line) {
}
