package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** One money row of a 自评表: 年初预算数, 全年预算数, 全年执行数. */
@JsonPropertyOrder({"initial", "full_year", "executed"})
public record BudgetRow(BigDecimal initial, BigDecimal fullYear, BigDecimal executed) {

    public static final BudgetRow EMPTY = new BudgetRow(null, null, null);

    @JsonIgnore
    public boolean isEmpty() {
        return initial == null && fullYear == null && executed == null;
    }
}
