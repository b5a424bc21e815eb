package cn.jixiao.rollup;

import cn.jixiao.i18n.Msg;
import java.util.List;

/** How one implementing unit stands in the returns: its state, how many projects came back, and why. */
public record UnitStatus(String unit, State state, int expected, int returned, List<Msg> details) {

    public enum State {
        /** Every project came back, each once, from the current fill. */
        COMPLETE,
        /** Something came back, but not all of it, or twice, or from an older fill. */
        ISSUES,
        /** Nothing came back. */
        MISSING,
        /** A unit the registry does not have. */
        UNKNOWN
    }
}
