package cn.jixiao.indicator;

/** What an indicator value cell holds, as far as the grammar of {@link IndicatorValues} can tell. */
public enum ValueKind {
    /** Operator (maybe NONE), number and unit: {@code ≥10.00(次)}, {@code 95%以上}, {@code 33 家}. */
    QUANTITATIVE,
    /** A word or phrase without numbers: {@code 及时}, {@code 建立健全}, {@code 不超预算}. */
    QUALITATIVE,
    /**
     * A date or time written with numbers ({@code 11月底前完成}, {@code 2024年6月、11月}, {@code 上午11点}).
     * Kept apart from QUALITATIVE because the digits are calendar positions, not amounts, and apart
     * from UNPARSEABLE because 时效指标 are full of them and they are not mistakes.
     */
    SCHEDULE,
    /** Blank or a placeholder ({@code *}, {@code /}, {@code —}, {@code XX}): not a value at all. */
    EMPTY,
    /** Has digits the grammar does not understand; the text is kept so a checker can show it. */
    UNPARSEABLE
}
