package cn.jixiao.service;

import cn.jixiao.check.Checker;
import cn.jixiao.diff.Change;
import cn.jixiao.diff.ChangeLabels;
import cn.jixiao.i18n.Messages;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.Registry;
import cn.jixiao.report.FindingsHtml;
import cn.jixiao.report.FindingsView;
import cn.jixiao.util.AtomicFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The findings for these inputs, and the check report that shows them with the changes against
 * the registry sent: what {@code jixiao check} and the demo both run, so they cannot diverge.
 */
public final class CheckService {

    private final WorkbookReader reader;

    public CheckService(WorkbookReader reader) {
        this.reader = reader;
    }

    public Checker.Report findings(List<Path> files, Consumer<Path> progress) {
        return new Checker(reader).check(files, progress);
    }

    /**
     * Writes the HTML report of these findings; with a registry sent, its 变更 section lists what
     * each unit changed and which projects did not come back. sentFile, when one of the files, is
     * not compared with itself. Returns the number of changes listed.
     */
    public int writeHtml(Checker.Report report, Registry sent, Path sentFile, List<Path> files, Messages messages,
                         Path html, boolean force) {
        FindingsView view = FindingsView.of(report, messages);
        if (sent != null) {
            view = view.inUnitOrder(sent.units().stream().map(cn.jixiao.registry.Unit::name).toList());
        }
        Map<String, String> text = FindingsHtml.texts(messages, view);
        text.put("header", ReportHeader.of(report, sent, sentFile, files, messages));
        List<Map<String, String>> rows = new ArrayList<>();
        if (sent != null) {
            // The projects the check has read already: the returns are not read a second time for their changes.
            java.util.Set<String> returned = new java.util.HashSet<>();
            files.stream().filter(f -> !f.equals(sentFile)).forEach(f -> returned.add(f.toString()));
            List<cn.jixiao.read.ReturnedProject> back = report.subjects().stream()
                    .filter(s -> returned.contains(s.file())).map(cn.jixiao.check.Subject::returned).toList();
            for (Change c : ChangeService.of(sent, back)) {
                rows.add(ChangeLabels.textRow(c, messages));
            }
        }
        FindingsView shown = view;
        AtomicFiles.write(html, force, out -> new FindingsHtml().write(shown, rows, sent != null, text,
                messages.get("check.html.title"), out));
        return rows.size();
    }
}
