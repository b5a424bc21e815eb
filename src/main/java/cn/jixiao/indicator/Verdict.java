package cn.jixiao.indicator;

/** Whether an 实际完成值 meets its 年度指标值. UNKNOWN when the two cannot be compared honestly. */
public enum Verdict {
    MET, NOT_MET, UNKNOWN
}
