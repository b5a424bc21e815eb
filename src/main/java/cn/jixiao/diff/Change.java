package cn.jixiao.diff;

import java.math.BigDecimal;

/**
 * One thing a unit changed in what it returned: which unit and project, what kind of change, the
 * field (a registry path such as funds.annual_total, or the indicator's name), the value sent and
 * the value returned, and for amounts the difference.
 */
public record Change(String unit, String project, Kind kind, String field, String before, String after,
                     BigDecimal difference) {

    public enum Kind {
        PROJECT_ADDED, PROJECT_MISSING, FIELD, AMOUNT,
        INDICATOR_ADDED, INDICATOR_REMOVED, INDICATOR_RENAMED, INDICATOR_MOVED, TARGET, INDICATOR_FIELD
    }
}
