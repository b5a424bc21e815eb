package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * 项目资金 of a 目标表 or 申报表. Left block (whole project life): total, fiscal, other.
 * Right block (this year): annualTotal, appropriation, carryover, annualOther.
 * An amount left empty on the form is null, never zero.
 */
@JsonPropertyOrder({"total", "fiscal", "other", "annual_total", "appropriation", "carryover", "annual_other"})
public record Funds(
        BigDecimal total,
        BigDecimal fiscal,
        BigDecimal other,
        BigDecimal annualTotal,
        BigDecimal appropriation,
        BigDecimal carryover,
        BigDecimal annualOther) {

    /** No amount given: what a project without a 项目资金 block is read as. */
    public static final Funds EMPTY = new Funds(null, null, null, null, null, null, null);

    /** This project's funds, or {@link #EMPTY} when it states none. */
    public static Funds of(Project p) {
        return p.funds() == null ? EMPTY : p.funds();
    }
}
