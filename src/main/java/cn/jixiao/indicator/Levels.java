package cn.jixiao.indicator;

/** The 一级指标 and 二级指标 of one indicator row, as written; either may be null or blank. */
public record Levels(String level1, String level2) {
}
