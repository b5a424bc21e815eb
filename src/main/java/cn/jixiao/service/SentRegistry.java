package cn.jixiao.service;

import cn.jixiao.registry.Ids;
import cn.jixiao.registry.Registry;
import cn.jixiao.registrybook.Registries;
import java.nio.file.Path;

/** The registry as it was sent: read from YAML, JSON or the registry workbook, with the ids fill gave its projects. */
public final class SentRegistry {

    private SentRegistry() {
    }

    public static Registry read(Path file) {
        return Ids.assign(Registries.read(file));
    }
}
