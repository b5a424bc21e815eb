package cn.jixiao.indicator;

/**
 * The two 一级/二级 frameworks of domain.md. OLD keeps 成本指标 as a 二级 under 产出指标 (seeds 000,
 * 002, 003); NEW makes 成本指标 a 一级 of its own with 经济/社会/生态环境成本指标 (seeds 001, 004).
 */
public enum FrameworkVersion {
    OLD, NEW
}
