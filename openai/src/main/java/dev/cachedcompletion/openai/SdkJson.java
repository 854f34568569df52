package dev.cachedcompletion.openai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.errors.OpenAIInvalidDataException;
import java.io.IOException;
import java.util.function.Function;

/**
 * What the codecs of this module share: one SDK model class written and read as the JSON the SDK
 * itself writes, with its own mapper ({@link ObjectMappers#jsonMapper()}), and the check of the
 * envelope that tells one kind of API object from another. Lenient where the SDK is lenient (unknown
 * properties and enum values are kept), strict about the envelope: bytes that are not one JSON value,
 * JSON {@code null}, a value whose required fields are missing or mistyped, or whose {@code object}
 * names another kind, are refused with an {@link IOException}. Thread-safe; the SDK's mapper is shared.
 *
 * @param <T> the SDK model class
 */
final class SdkJson<T> {

    /** Reads the required fields of a value: each SDK accessor throws when its field is missing, null or mistyped. */
    @FunctionalInterface
    interface RequiredFields<T> {
        void read(T value);
    }

    private final String format;
    private final String objectName;
    private final JsonValue objectType;
    private final RequiredFields<T> required;
    private final Function<T, JsonValue> object;
    private final ObjectWriter writer;
    /** Trailing tokens refused: the SDK's mapper stops after the first value and would accept {@code {..}garbage}. */
    private final ObjectReader reader;

    /**
     * @param format the codec's format name, quoted in every refusal
     * @param objectType what the value's {@code object} field must hold when present
     */
    SdkJson(Class<T> type, String format, String objectType, RequiredFields<T> required,
            Function<T, JsonValue> object) {
        this.format = format;
        this.objectName = objectType;
        this.objectType = JsonValue.from(objectType);
        this.required = required;
        this.object = object;
        this.writer = ObjectMappers.jsonMapper().writerFor(type);
        this.reader = ObjectMappers.jsonMapper().readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    byte[] write(T value) throws IOException {
        requireEnvelope(value);
        return writer.writeValueAsBytes(value);
    }

    T read(byte[] bytes) throws IOException {
        T value = reader.readValue(bytes);
        if (value == null) {
            throw new IOException("Not a " + format + " value: the JSON is null");
        }
        requireEnvelope(value);
        return value;
    }

    private void requireEnvelope(T value) throws IOException {
        try {
            required.read(value);
        } catch (OpenAIInvalidDataException e) {
            throw new IOException("Not a " + format + " value: " + e.getMessage(), e);
        }
        JsonValue type = object.apply(value);
        // Missing is allowed: some servers that speak this API leave "object" out.
        if (!type.isMissing() && !objectType.equals(type)) {
            throw new IOException("Not a " + format + " value: \"object\" is " + type + ", expected \"" + objectName + "\"");
        }
    }
}
