package cn.jixiao.check;

/** A group of related rules over one project. */
interface Rule {
    void check(Subject s, Findings out);
}
