package cn.jixiao.registrybook;

import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;
import java.nio.file.Path;

/** A registry from wherever an office keeps it: YAML, JSON, or a registry workbook (登记表.xlsx). */
public final class Registries {

    private Registries() {
    }

    public static Registry read(Path file) {
        if (RegistryFormat.of(file).isEmpty() && LedgerReader.isLedger(file)) {
            return new LedgerReader().read(file);
        }
        if (RegistryFormat.of(file).isEmpty() && cn.jixiao.grid.WorkbookFiles.looksLikeWorkbook(file)) {
            // A returned pack or a summary book given where a registry belongs; or no workbook at all.
            try (cn.jixiao.grid.LoadedWorkbook book = cn.jixiao.grid.WorkbookFiles.open(file)) {
                throw new cn.jixiao.i18n.UserError("ledger.notRegistry", file);
            } catch (java.io.IOException e) {
                throw new cn.jixiao.i18n.UserError("file.unreadable", file, String.valueOf(e.getMessage()));
            }
        }
        return new RegistryIO().read(file);
    }

    /** Whether an input is a registry (as opposed to a returned workbook). */
    public static boolean isRegistry(Path file) {
        return RegistryFormat.of(file).isPresent() || LedgerReader.isLedger(file);
    }
}
