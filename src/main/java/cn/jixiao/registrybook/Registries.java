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
        return new RegistryIO().read(file);
    }

    /** Whether an input is a registry (as opposed to a returned workbook). */
    public static boolean isRegistry(Path file) {
        return RegistryFormat.of(file).isPresent() || LedgerReader.isLedger(file);
    }
}
