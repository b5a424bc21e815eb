package cn.jixiao.fill;

import cn.jixiao.i18n.UserError;
import cn.jixiao.template.TemplateSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.common.Context;
import org.jxls.logging.JxlsLogger;

/**
 * jxls' logger, turned into the user's error messages. A marker that cannot be evaluated stops the
 * fill with a message naming the template file, its sheet and cell and the marker as written, so
 * the finance officer who edited the template can find it. Everything jxls would merely log is
 * dropped: the tool prints its own messages and nothing else.
 */
final class TemplateErrors implements JxlsLogger {

    private final TemplateSource template;

    TemplateErrors(TemplateSource template) {
        this.template = template;
    }

    @Override
    public void handleCellException(Exception e, String cell, Context context) {
        throw new CellFailure(e);
    }

    @Override
    public void handleTransformException(Exception e, String sourceCell, String targetCell) {
        throw explain(e, sourceCell);
    }

    @Override
    public void handleFormulaException(Exception e, String cell, String formula) {
        throw new UserError("template.badFormula", template.origin(), cell, formula, rootMessage(e));
    }

    @Override
    public void handleEvaluationException(Exception e, String cell, String expression) {
        throw explain(e, cell);
    }

    @Override
    public void handleGetObjectPropertyException(Exception e, Object obj, String propertyName) {
        throw new UserError("template.badMarker", template.origin(), "?", propertyName, rootMessage(e));
    }

    @Override
    public void handleSetObjectPropertyException(Exception e, Object obj, String propertyName, String value) {
        throw new UserError("template.badMarker", template.origin(), "?", propertyName + "=" + value, rootMessage(e));
    }

    @Override
    public void handleUpdateRowHeightsException(Exception e, int sourceRow, int targetRow) {
        // A row height that could not be copied leaves the default height; the content is intact.
    }

    @Override
    public void handleSheetNameChange(String invalidSheetName, String newSheetName) {
        // Sheet names are made safe before jxls sees them (SheetNames), so this does not happen.
    }

    @Override
    public void debug(String msg) {
    }

    @Override
    public void info(String msg) {
    }

    @Override
    public void warn(String msg) {
    }

    @Override
    public void warn(Throwable e, String msg) {
    }

    @Override
    public void error(String msg) {
        throw new UserError("template.failed", template.origin(), msg);
    }

    @Override
    public void error(Throwable e, String msg) {
        throw new UserError("template.failed", template.origin(), msg + "：" + rootMessage(e));
    }

    private RuntimeException explain(Exception e, String cell) {
        if (e instanceof UserError u) {
            return u;
        }
        Throwable cause = e instanceof CellFailure f ? f.getCause() : e;
        String marker = markerAt(cell);
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof Fields.UnknownField u) {
                return new UserError("template.unknownField", template.origin(), cell, marker, u.name, u.known);
            }
        }
        return new UserError("template.badMarker", template.origin(), cell, marker, rootMessage(cause));
    }

    /** The marker as the template holds it, read back from the template for the message. */
    private String markerAt(String cell) {
        CellReference ref = new CellReference(cell);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            Sheet sheet = wb.getSheet(ref.getSheetName());
            Row row = sheet == null ? null : sheet.getRow(ref.getRow());
            Cell c = row == null ? null : row.getCell(ref.getCol());
            return c == null ? "" : c.toString();
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** Carries a cell's failure to the transform handler, which knows the template cell. */
    private static final class CellFailure extends RuntimeException {
        CellFailure(Exception cause) {
            super(cause);
        }
    }
}
