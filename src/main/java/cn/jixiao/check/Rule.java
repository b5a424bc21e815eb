package cn.jixiao.check;

import cn.jixiao.indicator.ParsedValues;

/** A group of related rules over one project. */
interface Rule {
    /** Checks a project; indicator values are read through {@code values} (remembered across projects). */
    void check(Subject s, Findings out, ParsedValues values);
}
