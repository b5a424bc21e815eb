package cn.jixiao.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * An empty cell is an absent value: "" reads as null, so that what is written (empties omitted)
 * reads back equal. Numbers and booleans where text is expected are taken as their text
 * ({@code target: 100} means "100"), which is what a person typing YAML meant.
 */
final class EmptyAsNullStringDeserializer extends StdScalarDeserializer<String> {

    EmptyAsNullStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t.isScalarValue()) {
            String text = p.getText();
            return text == null || text.isEmpty() ? null : text;
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
