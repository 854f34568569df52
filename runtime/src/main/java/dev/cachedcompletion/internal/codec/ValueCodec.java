package dev.cachedcompletion.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Encodes and decodes the values of one cached method with Jackson, against the exact generic
 * return type the processor captured. Stored bytes start with an 8-byte header — magic
 * {@code "CV"}, format version, codec id, and the return type's shape fingerprint — so that values
 * written by another format or for another class shape are refused (a miss), never misread.
 *
 * <p>A stored value is untrusted input: the mapper has no default typing and a polymorphic type
 * validator that allows no subtype, so no class named in the data is ever loaded or built.
 * Thread-safe.
 *
 * <p>{@code String}, the usual return type of a completion, is written and read with Jackson's
 * streaming core alone: the same bytes databind writes, but a JVM whose cached methods all return
 * {@code String} never builds the {@link ObjectMapper} (over 400 classes to load). That was most of the
 * start-up of a process whose first call is a hit from an existing SQLite file (docs/PERFORMANCE.md).
 */
public final class ValueCodec implements AnswerCodec {

    static final byte MAGIC_0 = 'C';
    static final byte MAGIC_1 = 'V';
    static final byte FORMAT_VERSION = 1;
    static final byte JSON_CODEC = 1;
    /** An integration's {@link CompletionCodec}; the shape bytes then also carry its format name. */
    static final byte PLUGGED_CODEC = 2;
    static final int HEADER_LENGTH = 8;

    /** For {@code String} values; databind's own factory is configured the same (defaults). */
    private static final JsonFactory STRINGS = new JsonFactory();

    /**
     * Refuses every class-name type id by its name, before Jackson looks the class up: a refusal
     * after the lookup would come too late, since loading a class runs its static initializer.
     * Logical type names declared with {@code @JsonSubTypes} do not pass through here and still work.
     */
    private static final class NoClassNameIds extends PolymorphicTypeValidator.Base {
        private static final long serialVersionUID = 1L;

        @Override
        public Validity validateSubClassName(MapperConfig<?> config, JavaType baseType, String subClassName) {
            return Validity.DENIED;
        }

        @Override
        public Validity validateSubType(MapperConfig<?> config, JavaType baseType, JavaType subType) {
            return Validity.DENIED;
        }
    }

    /** Databind, built only when a method returns something other than {@code String}. */
    private static final class Databind {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .polymorphicTypeValidator(new NoClassNameIds())
                .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .build();
    }

    /** Null for {@code String} values, which use {@link #STRINGS}, and for plugged codecs. */
    private final ObjectReader reader;
    private final ObjectWriter writer;
    /** The integration codec, or null for Jackson. */
    private final CompletionCodec<Object> plugged;
    private final byte[] header;

    private ValueCodec(JavaType type, int shape) {
        this.reader = type == null ? null : Databind.MAPPER.readerFor(type);
        this.writer = type == null ? null : Databind.MAPPER.writerFor(type);
        this.plugged = null;
        this.header = header(JSON_CODEC, shape);
    }

    private ValueCodec(CompletionCodec<Object> plugged, int shape) {
        this.reader = null;
        this.writer = null;
        this.plugged = plugged;
        // The format name goes into the shape bytes: a new format version of the integration is a miss.
        this.header = header(PLUGGED_CODEC, 31 * shape + plugged.format().hashCode());
    }

    private static byte[] header(byte codec, int shape) {
        return new byte[] {MAGIC_0, MAGIC_1, FORMAT_VERSION, codec,
            (byte) (shape >>> 24), (byte) (shape >>> 16), (byte) (shape >>> 8), (byte) shape};
    }

    /**
     * The codec for the return type of {@code site}: the integration's codec if the generated code
     * names one, else Jackson. Resolving the type happens here, once.
     */
    @SuppressWarnings("unchecked")
    public static ValueCodec forSite(MethodSite site) {
        if (site.codec() != null) {
            return new ValueCodec((CompletionCodec<Object>) site.codec(), site.valueShape());
        }
        if (site.returnType() == String.class) {
            ValueCodec codec = new ValueCodec((JavaType) null, site.valueShape());
            warmUpStringParser();
            return codec;
        }
        ValueCodec codec = new ValueCodec(Databind.MAPPER.getTypeFactory().constructType(site.returnType()),
                site.valueShape());
        warmUpParser();
        return codec;
    }

    /**
     * Loads Jackson's byte parser while the first call of a method is made (a miss, dominated by
     * the model), so that the first hit in a fresh JVM does not pay for class loading.
     */
    private static void warmUpParser() {
        try {
            Databind.MAPPER.readTree(new byte[] {'[', '"', 'x', '"', ']'});
        } catch (IOException impossible) {
            // A constant, valid document.
        }
    }

    /** The streaming counterpart of {@link #warmUpParser} for {@code String} values. */
    private static void warmUpStringParser() {
        try {
            readString(new byte[] {'"', 'x', '"'}, 0, 3);
        } catch (IOException impossible) {
            // A constant, valid document.
        }
    }

    /** Header + JSON. Throws {@link ValueCodecException} if Jackson cannot write the value. */
    @Override
    public byte[] encode(Object value) {
        return write(value, true);
    }

    /**
     * The value's body without the header (what {@link #encode} writes after it): each element of a
     * streamed answer, which the stream's own header covers.
     */
    byte[] encodeBody(Object value) {
        return write(value, false);
    }

    private byte[] write(Object value, boolean withHeader) {
        try {
            if (plugged == null && writer == null) {
                return writeString((String) value, withHeader);
            }
            byte[] json = plugged != null ? plugged.encode(value) : writer.writeValueAsBytes(value);
            return withHeader ? framed(header, usage(value), json) : json;
        } catch (IOException | RuntimeException e) {
            throw new ValueCodecException("cannot encode a " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code header}, the usage block if there is a usage (the header then says format version
     * {@link StoredUsage#FORMAT_VERSION}), and {@code body}.
     */
    static byte[] framed(byte[] header, TokenUsage usage, byte[] body) {
        if (usage == null) {
            byte[] out = Arrays.copyOf(header, HEADER_LENGTH + body.length);
            System.arraycopy(body, 0, out, HEADER_LENGTH, body.length);
            return out;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + 24 + body.length);
        out.write(header, 0, 2);
        out.write(StoredUsage.FORMAT_VERSION);
        out.write(header, 3, HEADER_LENGTH - 3);
        StoredUsage.write(out, usage);
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    /**
     * The tokens {@code value} reports through the integration's codec, or {@code null}: for
     * Jackson-encoded values, for a codec that does not say or says zero, and for one that throws.
     */
    @Override
    public TokenUsage usage(Object value) {
        if (plugged == null || value == null) {
            return null;
        }
        try {
            TokenUsage usage = plugged.usage(value);
            return usage == null || usage.isEmpty() ? null : usage;
        } catch (Throwable e) {
            return null; // A usage is a statistic: never worth a failed store or call.
        }
    }

    /** Whether this codec's values can report token usage at all (only an integration's codec can). */
    boolean reportsUsage() {
        return plugged != null;
    }

    /** A value from a body {@link #encodeBody} wrote; throws {@link ValueCodecException} if it does not decode. */
    Object decodeBody(byte[] body) {
        return read(body, 0);
    }

    /** The four shape bytes of the header: the return type's fingerprint (and a plugged codec's format). */
    byte[] shapeBytes() {
        return Arrays.copyOfRange(header, 4, HEADER_LENGTH);
    }

    /**
     * The value, or a {@link ValueCodecException} if the bytes are not a value this codec wrote for
     * this shape: wrong or truncated header, another format or shape, malformed or mismatched JSON.
     */
    @Override
    public Object decode(byte[] bytes) {
        if (bytes.length < HEADER_LENGTH) {
            throw new ValueCodecException("stored value is shorter than its header (" + bytes.length + " bytes)", null);
        }
        if (bytes[0] != MAGIC_0 || bytes[1] != MAGIC_1 || !StoredUsage.known(bytes[2]) || bytes[3] != header[3]) {
            throw new ValueCodecException("stored value has an unknown header (another format or version)", null);
        }
        for (int i = 4; i < HEADER_LENGTH; i++) {
            if (bytes[i] != header[i]) {
                throw new ValueCodecException("stored value was written for another shape of the return type", null);
            }
        }
        return read(bytes, StoredUsage.bodyOffset(bytes));
    }

    /** The value whose JSON starts at {@code offset} and runs to the end of {@code bytes}. */
    private Object read(byte[] bytes, int offset) {
        try {
            int length = bytes.length - offset;
            Object value = plugged != null
                    ? plugged.decode(offset == 0 ? bytes : Arrays.copyOfRange(bytes, offset, bytes.length))
                    : reader == null
                    ? readString(bytes, offset, length)
                    : reader.readValue(bytes, offset, length);
            if (value == null) {
                throw new ValueCodecException("stored value is null", null);
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValueCodecException) {
                throw (ValueCodecException) e;
            }
            throw new ValueCodecException("stored value does not decode: " + e.getMessage(), e);
        }
    }

    /** Whether a decoded value may be handed to every caller: the processor proved it, or the codec says so. */
    @Override
    public boolean sharesObjects(MethodSite site) {
        return plugged != null ? plugged.immutableValues() : site.immutableValue();
    }

    private byte[] writeString(String value, boolean withHeader) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_LENGTH + value.length() + 16);
        if (withHeader) {
            out.write(header);
        }
        try (JsonGenerator generator = STRINGS.createGenerator(out)) {
            generator.writeString(value);
        }
        return out.toByteArray();
    }

    /** One JSON string and nothing after it; {@code null} for a JSON null (refused by the caller). */
    private static String readString(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser parser = STRINGS.createParser(bytes, offset, length)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw new ValueCodecException("stored value is not a JSON string but " + token, null);
            }
            String value = parser.getText();
            if (parser.nextToken() != null) {
                throw new ValueCodecException("stored value has more after its JSON string", null);
            }
            return value;
        }
    }
}
