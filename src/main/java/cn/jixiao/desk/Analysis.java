package cn.jixiao.desk;

import cn.jixiao.check.Checker;
import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.UserError;
import cn.jixiao.registrybook.Registries;
import cn.jixiao.report.FindingsView;
import cn.jixiao.stats.RegistryStats;
import java.util.List;
import java.util.Map;

/**
 * What the page shows of the registry and the returns, worked out once per state of the files:
 * reading every returned workbook takes seconds, so the result is kept until the registry or the
 * returns folder changes (a file added, replaced or removed, by the page or by hand).
 */
final class Analysis {

    /** The returns, as the 回收, 审核 and 变更 sections show them; or why they cannot be read. */
    public record Returned(Year.Returns raw, Views.Returns returns, FindingsView findings, List<Views.ChangeGroup> changes,
                    List<String> changedProjects, String error) {
    }

    private final Year year;
    private final Messages messages;
    private String registryStamp;
    private Views.Registry registry;
    private String returnsStamp;
    private Returned returned;

    Analysis(Year year, Messages messages) {
        this.year = year;
        this.messages = messages;
    }

    synchronized Views.Registry registry() {
        String stamp = year.stamp(false);
        if (registry == null || !stamp.equals(registryStamp)) {
            registry = readRegistry();
            registryStamp = stamp;
        }
        return registry;
    }

    synchronized Returned returned() {
        String stamp = year.stamp(true);
        if (returned == null || !stamp.equals(returnsStamp)) {
            returned = readReturns();
            returnsStamp = stamp;
        }
        return returned;
    }

    private Views.Registry readRegistry() {
        String file = year.registryFile().getFileName().toString();
        try {
            RegistryStats stats = RegistryStats.of(file, Registries.read(year.registryFile()));
            Checker.Report report = year.registryFindings();
            return new Views.Registry(file, null, stats, Views.money(stats, messages), FindingsView.of(report, messages));
        } catch (UserError e) {
            return new Views.Registry(file, messages.render(e.msg()), null, List.of(), null);
        }
    }

    private Returned readReturns() {
        try {
            Year.Returns raw = year.returns();
            FindingsView findings = FindingsView.of(raw.report(), messages);
            Anchors anchors = new Anchors();
            List<String> changed = raw.changes().stream().map(c -> anchors.project(c.unit(), c.project())).distinct()
                    .toList();
            return new Returned(raw, Views.returns(raw, findings, messages), findings,
                    Views.changes(raw.changes(), messages), changed, null);
        } catch (UserError e) {
            String error = messages.render(e.msg());
            return new Returned(null, new Views.Returns(List.of(), Map.of(), List.of(), error), null, List.of(), List.of(),
                    error);
        }
    }
}
