package cn.jixiao.fill;

import cn.jixiao.meta.MetaSheet;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry.UnitProject;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.template.OfficialTemplates;
import cn.jixiao.util.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.expression.ExpressionEvaluatorFactoryJexlImpl;
import org.jxls.expression.JxlsJexlPermissions;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import org.jxls.transform.poi.PoiTransformer;

/**
 * Fills one workbook from its template with jxls, then finishes it (merges, drop-downs,
 * protection, links, the hidden sheet) and writes it atomically. Strict: a template expression
 * naming data that does not exist is an error, not an empty cell.
 */
public final class WorkbookFiller {

    // One per filler, shared by the jobs it fills (ObjectMapper is thread-safe): a fresh one per
    // workbook rebuilt Jackson's serialisers for every digest.
    private final RegistryIO io = new RegistryIO();
    private final org.jxls.transform.poi.PoiTransformerFactory transformers;

    public WorkbookFiller() {
        this(new FillTransformer.Factory());
    }

    /** With another jxls transformer factory (the test that compares with jxls' own transformer). */
    WorkbookFiller(org.jxls.transform.poi.PoiTransformerFactory transformers) {
        this.transformers = transformers;
    }

    /** Fills a job's workbook into its file, one of a batch written together. */
    public void fill(WorkbookJob job, boolean force, AtomicFiles.Batch files) {
        files.write(job.target(), force, out -> fillTo(job, out));
    }

    /** Fills a job's workbook into a stream (closed afterwards, as jxls does). */
    public void fillTo(WorkbookJob job, java.io.OutputStream out) {
        TocLinks links = new TocLinks();
        Map<String, Object> context = context(job, new StyleCache(), links);
        JxlsPoiTemplateFillerBuilder.newInstance()
                .withTemplate(new ByteArrayInputStream(job.template().bytes()))
                .withTransformerFactory(transformers)
                .withLogger(new TemplateErrors(job.template()))
                .withExpressionEvaluatorFactory(
                        new ExpressionEvaluatorFactoryJexlImpl(false, true, JxlsJexlPermissions.RESTRICTED))
                .withRecalculateFormulasOnOpening(true)
                .withSheetCreator(new FormSheetCreator())
                .withPreWriteAction((transformer, ctx) -> finish(((PoiTransformer) transformer).getWorkbook(), job, links))
                .build()
                .fill(context, () -> out);
    }

    /** The data a job's template is filled with (public for the benchmark's plain-jxls baseline). */
    public static Map<String, Object> contextFor(WorkbookJob job) {
        return context(job, new StyleCache(), new TocLinks());
    }

    static Map<String, Object> context(WorkbookJob job, StyleCache styles, TocLinks links) {
        MoneyUnit money = job.moneyUnit();
        List<Map<String, Object>> projects = new ArrayList<>();
        for (int i = 0; i < job.projects().size(); i++) {
            UnitProject up = job.projects().get(i);
            projects.add(ProjectView.of(i + 1, up.unit(), up.project(), money, styles, links));
        }
        Map<String, Object> book = new Fields();
        book.put("formTitle", job.family().title());
        book.put("year", String.valueOf(job.year()));
        book.put("moneyUnit", money.label());
        book.put("tocTitle", CellValues.text(job.tocTitle()));
        book.put("unit", CellValues.text(job.unitLabel()));
        book.put("projectCount", String.valueOf(job.projects().size()));
        Map<String, Object> context = new HashMap<>();
        context.put("book", book);
        context.put("projects", projects);
        context.put("sheetNames", job.sheetNames());
        return context;
    }

    private void finish(Workbook wb, WorkbookJob job, TocLinks links) {
        XSSFWorkbook xssf = (XSSFWorkbook) wb;
        for (int i = 0; i < job.projects().size(); i++) {
            XSSFSheet sheet = xssf.getSheet(job.sheetNames().get(i));
            if (sheet != null) {
                FormFinisher.finish(sheet, job.projects().get(i).project(), job.family());
            }
        }
        XSSFSheet toc = xssf.getSheet(OfficialTemplates.TOC_SHEET);
        if (toc != null) {
            links.link(xssf, job.sheetNames(), job.moneyUnit());
            TocFinisher.finish(toc, job.sheetNames());
            xssf.setSheetOrder(OfficialTemplates.TOC_SHEET, 0);
            xssf.setActiveSheet(0);
            xssf.setFirstVisibleTab(0);
        }
        MetaSheet.write(wb, job.stamp(io));
    }
}
