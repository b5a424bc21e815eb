package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The rows of a 自评表 money block: 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金. */
@JsonPropertyOrder({"total", "appropriation", "carryover", "other"})
public record Budget(BudgetRow total, BudgetRow appropriation, BudgetRow carryover, BudgetRow other) {

    public static final Budget EMPTY = new Budget(null, null, null, null);

    /** A row with nothing stated ({@code carryover: {}}) is the same as no row: one way to say "empty". */
    public Budget {
        total = orNull(total);
        appropriation = orNull(appropriation);
        carryover = orNull(carryover);
        other = orNull(other);
    }

    private static BudgetRow orNull(BudgetRow row) {
        return row == null || row.isEmpty() ? null : row;
    }
}
