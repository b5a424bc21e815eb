package cn.jixiao.read;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link LabelKey} of each text of one workbook, worked out once: finding the forms, their
 * labels, the table and its end each look at the same cells, and a form's labels recur on every
 * sheet. One per workbook read, used by one thread.
 */
final class LabelKeys {

    private final Map<String, String> keys = new HashMap<>();

    String of(String text) {
        if (text == null) {
            return "";
        }
        String key = keys.get(text);
        if (key == null) {
            key = LabelKey.of(text);
            keys.put(text, key);
        }
        return key;
    }
}
