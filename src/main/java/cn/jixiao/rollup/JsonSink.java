package cn.jixiao.rollup;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/** A summary table as a JSON array of objects keyed by the template's field names; items only. */
final class JsonSink implements RowSink {

    private final JsonGenerator out;
    private final TableColumns columns;

    JsonSink(JsonGenerator out, String name, TableColumns columns) {
        this.out = out;
        this.columns = columns;
        try {
            out.writeArrayFieldStart(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void item(Map<String, Object> values) {
        try {
            out.writeStartObject();
            for (String f : columns.fields()) {
                Object v = values.get(f);
                if (v instanceof BigDecimal d) {
                    out.writeNumberField(snake(f), d);
                } else if (v != null) {
                    out.writeStringField(snake(f), v.toString());
                } else {
                    out.writeNullField(snake(f));
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(Map<String, Object> values) {
        try {
            out.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
