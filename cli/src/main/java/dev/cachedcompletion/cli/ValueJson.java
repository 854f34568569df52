package dev.cachedcompletion.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cachedcompletion.internal.codec.StoredUsage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The payload of a stored value — the bytes after the 8-byte value header and, in format 2, the
 * token usage block ({@code docs/KEYS.md}, "Values") — as indented JSON for people to read. The JSON is copied token by token: no Java object is
 * built, so no class is ever chosen by what the data says, and numbers keep their exact digits.
 */
final class ValueJson {

    /** The first two bytes of every stored value, and the header's length. */
    static final byte MAGIC_0 = 'C';
    static final byte MAGIC_1 = 'V';
    static final int HEADER_LENGTH = 8;

    private static final byte FORMAT_VERSION = 1;
    private static final byte JACKSON_CODEC = 1;
    private static final byte INTEGRATION_CODEC = 2;
    private static final byte STREAM_CODEC = 3;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ValueJson() {
    }

    /** A value this tool cannot show; the message says why. */
    static final class NotShowable extends Exception {
        private static final long serialVersionUID = 1L;

        NotShowable(String message) {
            super(message);
        }
    }

    /** Whether {@code value} starts like a stored value: long enough for the header, and {@code 'C' 'V'}. */
    static boolean hasHeader(byte[] value) {
        return value.length >= HEADER_LENGTH && value[0] == MAGIC_0 && value[1] == MAGIC_1;
    }

    /** Which codec wrote {@code value}, in words, for a value {@link #pretty} accepts. */
    static String codec(byte[] value) {
        return value[3] == JACKSON_CODEC ? "Jackson JSON of the method's return type"
                : value[3] == STREAM_CODEC ? "a recorded stream (its elements and when each arrived, JSON)"
                : "an integration's codec (JSON)";
    }

    /** The payload of {@code value} as indented JSON, without a final line break. */
    static String pretty(byte[] value) throws NotShowable {
        if (!hasHeader(value)) {
            throw new NotShowable("it does not start with the value header ('C' 'V' ..., docs/KEYS.md)");
        }
        if (value[2] != FORMAT_VERSION && value[2] != StoredUsage.FORMAT_VERSION) {
            throw new NotShowable("it is in value format " + value[2] + ", which this tool does not know "
                    + "(it reads formats " + FORMAT_VERSION + " and " + StoredUsage.FORMAT_VERSION
                    + "); use the tool of the library version that wrote it");
        }
        if (value[3] != JACKSON_CODEC && value[3] != INTEGRATION_CODEC && value[3] != STREAM_CODEC) {
            throw new NotShowable("it names codec " + value[3] + ", which this tool does not know");
        }
        int payload = StoredUsage.payloadOffset(value);
        if (payload < 0) {
            throw new NotShowable("its token usage block is damaged");
        }
        StringWriter text = new StringWriter(2 * value.length);
        try (JsonParser parser = JSON.createParser(value, payload, value.length - payload);
                JsonGenerator generator = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            if (parser.nextToken() == null) {
                throw new NotShowable("its payload is empty");
            }
            generator.copyCurrentStructureExact(parser);
            if (parser.nextToken() != null) {
                throw new NotShowable("its payload holds more than one JSON value");
            }
        } catch (JsonProcessingException e) {
            throw new NotShowable("its payload is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return text.toString();
    }
}
