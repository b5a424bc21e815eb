package cn.jixiao.cli;

import cn.jixiao.rollup.UnitStatus;
import java.util.List;
import java.util.stream.Collectors;

/** The returns against the registry sent, as a table on the terminal. */
final class StatusPrinter {

    private final Env env;

    StatusPrinter(Env env) {
        this.env = env;
    }

    void print(List<UnitStatus> units) {
        TextTable table = new TextTable(List.of(env.t("status.col.unit"), env.t("status.col.state"),
                env.t("status.col.expected"), env.t("status.col.returned"), env.t("status.col.details")));
        for (UnitStatus u : units) {
            table.row(List.of(u.unit(), env.t("status.state." + u.state().name()), String.valueOf(u.expected()),
                    String.valueOf(u.returned()),
                    u.details().stream().map(env.messages()::render).collect(Collectors.joining("；"))));
        }
        table.print(env.out());
        env.out().println(env.t("status.summary", String.valueOf(units.size()),
                count(units, UnitStatus.State.COMPLETE), count(units, UnitStatus.State.ISSUES),
                count(units, UnitStatus.State.MISSING), count(units, UnitStatus.State.UNKNOWN)));
    }

    static boolean allComplete(List<UnitStatus> units) {
        return units.stream().allMatch(u -> u.state() == UnitStatus.State.COMPLETE);
    }

    private static String count(List<UnitStatus> units, UnitStatus.State state) {
        return String.valueOf(units.stream().filter(u -> u.state() == state).count());
    }
}
