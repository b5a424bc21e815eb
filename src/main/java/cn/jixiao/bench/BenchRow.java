package cn.jixiao.bench;

/**
 * One row of the performance table (docs/performance.md): the work, jixiao's figure, the yardstick's
 * figure measured in the same run, their ratio and the goal the ratio is held to.
 */
public record BenchRow(String work, String jixiao, String yardstick, double ratio, String goal) {

    public static final String HEADER = "| work | jixiao | yardstick | ratio | goal |\n|---|---|---|---|---|";

    /** The row as a line of a Markdown table. */
    public String markdown() {
        return String.format("| %s | %s | %s | %.2f | %s |", work, jixiao, yardstick, ratio, goal);
    }
}
