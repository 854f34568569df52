package dev.cachedcompletion.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cachedcompletion.spi.StoredEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One entry as one line of JSON, the export format specified in {@code docs/CLI.md}:
 * <pre>{"key":"&lt;64 hex&gt;","method":"...","created":"2025-06-01T10:00:00.123Z","expires":null,"value":"&lt;base64&gt;"}</pre>
 * Values stay in the library's byte format, header included; they are neither decoded nor re-encoded.
 */
final class EntryJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EntryJson() {
    }

    /** A line that is not an entry; the message says which field is wrong and what it must be. */
    static final class RejectedLine extends Exception {
        private static final long serialVersionUID = 1L;

        RejectedLine(String message) {
            super(message);
        }
    }

    /** Writes entries to {@code out}, one line each. Not thread-safe. */
    static final class Writer implements AutoCloseable {
        private final JsonGenerator json;

        Writer(OutputStream out) throws IOException {
            json = MAPPER.getFactory().createGenerator(out);
            json.setRootValueSeparator(null); // lines end in '\n', written below
        }

        void write(StoredEntry e) throws IOException {
            json.writeStartObject();
            json.writeStringField("key", e.keyHex());
            json.writeStringField("method", e.methodId());
            json.writeStringField("created", Instant.ofEpochMilli(e.createdMillis()).toString());
            if (e.expiresMillis() == null) {
                json.writeNullField("expires");
            } else {
                json.writeStringField("expires", Instant.ofEpochMilli(e.expiresMillis()).toString());
            }
            // Jackson's default base64 is RFC 4648's: '+' and '/', padded, no line breaks.
            json.writeBinaryField("value", e.value());
            json.writeEndObject();
            json.writeRaw('\n');
        }

        @Override
        public void close() throws IOException {
            json.close();
        }
    }

    /** The entry on {@code line} (UTF-8 JSON, without its line break). */
    static StoredEntry parse(byte[] line) throws RejectedLine {
        JsonNode node;
        try {
            node = MAPPER.readTree(utf8(line));
        } catch (JsonProcessingException e) {
            throw new RejectedLine("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new RejectedLine("not a JSON object");
        }
        byte[] key = key(node);
        String method = text(node, "method", "the method identity");
        if (method.isEmpty()) {
            throw new RejectedLine("'method' is empty");
        }
        long created = time(node, "created", false);
        Long expires = node.has("expires") && !node.get("expires").isNull() ? time(node, "expires", true) : null;
        return new StoredEntry(key, method, created, expires, value(node));
    }

    private static String utf8(byte[] line) throws RejectedLine {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedLine("not UTF-8 text");
        }
    }

    private static byte[] key(JsonNode node) throws RejectedLine {
        String hex = text(node, "key", "the key digest as 64 hex digits");
        if (hex.length() != 2 * StoredEntry.DIGEST_LENGTH) {
            throw new RejectedLine("'key' must be 64 hex digits (the SHA-256 key digest), not " + hex.length()
                    + " characters");
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new RejectedLine("'key' must be 64 hex digits (the SHA-256 key digest): " + e.getMessage());
        }
    }

    private static long time(JsonNode node, String field, boolean nullable) throws RejectedLine {
        String text = text(node, field, "an ISO-8601 UTC time such as 2025-06-01T10:00:00.123Z"
                + (nullable ? ", or null for never" : ""));
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new RejectedLine("'" + field + "' must be an ISO-8601 UTC time such as 2025-06-01T10:00:00.123Z"
                    + (nullable ? " or null for never" : "") + ", not \"" + text + "\"");
        }
    }

    private static byte[] value(JsonNode node) throws RejectedLine {
        String text = text(node, "value", "the stored value bytes in base64");
        byte[] value;
        try {
            value = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new RejectedLine("'value' is not base64 (RFC 4648, with padding): " + e.getMessage());
        }
        if (!ValueJson.hasHeader(value)) {
            throw new RejectedLine("'value' is not a stored value: it must start with the 8-byte value header "
                    + "('C' 'V' ...) described in docs/KEYS.md");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String what) throws RejectedLine {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new RejectedLine("'" + field + "' is missing (" + what + ")");
        }
        if (!value.isTextual()) {
            throw new RejectedLine("'" + field + "' must be a string (" + what + "), not " + value.getNodeType()
                    .toString().toLowerCase(Locale.ROOT));
        }
        return value.textValue();
    }
}
