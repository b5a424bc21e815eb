package cn.jixiao.check;

import cn.jixiao.i18n.Msg;
import java.util.ArrayList;
import java.util.List;

/** The findings of a run, collected rather than thrown, so that one pass reports them all. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    void error(Subject s, String rule, String path, Object... args) {
        add(Severity.ERROR, s, rule, path, args);
    }

    void warning(Subject s, String rule, String path, Object... args) {
        add(Severity.WARNING, s, rule, path, args);
    }

    private void add(Severity severity, Subject s, String rule, String path, Object... args) {
        list.add(new Finding(severity, rule, new Msg("check." + rule, args), s.at(path), s.unit(),
                s.project().name()));
    }

    public void add(Finding f) {
        list.add(f);
    }

    /** Takes the findings collected so far, leaving none: for callers that write them as they go. */
    public List<Finding> drain() {
        List<Finding> taken = List.copyOf(list);
        list.clear();
        return taken;
    }

    public List<Finding> all() {
        return List.copyOf(list);
    }

    public long count(Severity severity) {
        return list.stream().filter(f -> f.severity() == severity).count();
    }
}
