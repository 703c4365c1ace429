package org.audioimport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON output: one shared mapper; objects are built as trees so the key names are spelled out where they are made. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static com.fasterxml.jackson.databind.node.ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Rounds for display: three decimals are more than any figure here means. */
    public static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** {@link #round(double)}, keeping an absent value absent. */
    public static Double roundOrNull(Double value) {
        return value == null ? null : round(value);
    }
}
