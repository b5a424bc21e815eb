package cn.jixiao.read;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * Where a returned project came from, so that every later step can name it: the file, and for a
 * workbook the sheet, the cells its values were read from (registry path to cell), the digest and
 * time jixiao recorded when it filled the sheet and the project's place in the registry it was
 * filled from; for a registry, the project's path in it (units[0].projects[2]). seq is the
 * project's place among all the inputs, in the order they were given.
 */
public record Origin(String file, String sheet, Map<String, String> cells, String registryPath, String filledDigest,
                     String filledAt, Integer order, int seq) {

    public Origin {
        cells = cells == null ? Map.of() : cells;
    }

    @JsonIgnore // not a field: the rollup's spool writes origins as JSON and reads them back
    public boolean isRegistry() {
        return registryPath != null;
    }
}
