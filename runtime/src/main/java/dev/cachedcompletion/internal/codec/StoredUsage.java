package dev.cachedcompletion.internal.codec;

import dev.cachedcompletion.spi.TokenUsage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The token usage a stored value carries between its 8-byte header and its body, when its codec
 * reported one: the header's format version is then {@value #FORMAT_VERSION} instead of 1. The block
 * is the input tokens and the output tokens as unsigned LEB128 varints, then the model name as one
 * length byte and at most 255 bytes of UTF-8 (length 0: no name). A value without usage keeps the
 * version 1 layout byte for byte, so what earlier versions wrote and read is unchanged.
 *
 * <p>Readers: the runtime skips the block to reach the body; the CLI sums it per method without
 * decoding anything. Stateless.
 */
public final class StoredUsage {

    /** The header's format version when a usage block follows it. */
    public static final byte FORMAT_VERSION = 2;
    private static final int MAX_MODEL_BYTES = 255;

    private StoredUsage() {
    }

    /** Writes {@code usage}'s block; a name longer than 255 bytes of UTF-8 is left out rather than cut. */
    static void write(ByteArrayOutputStream out, TokenUsage usage) {
        writeVarint(out, usage.inputTokens());
        writeVarint(out, usage.outputTokens());
        byte[] model = usage.model() == null ? new byte[0] : usage.model().getBytes(StandardCharsets.UTF_8);
        if (model.length > MAX_MODEL_BYTES) {
            model = new byte[0];
        }
        out.write(model.length);
        out.write(model, 0, model.length);
    }

    /**
     * The usage a stored value carries, or {@code null} if it carries none: a value of format
     * version 1, or anything too short or malformed to hold a block (never an exception).
     */
    public static TokenUsage read(byte[] value) {
        if (value.length <= ValueCodec.HEADER_LENGTH || value[2] != FORMAT_VERSION) {
            return null;
        }
        Cursor at = new Cursor(value, ValueCodec.HEADER_LENGTH);
        return at.usage();
    }

    /**
     * Where the body starts in a value whose header is {@code bytes[0..8)}: right after the header,
     * or after its usage block. Throws {@link ValueCodecException} if the block runs past the end.
     */
    static int bodyOffset(byte[] bytes) {
        if (bytes[2] != FORMAT_VERSION) {
            return ValueCodec.HEADER_LENGTH;
        }
        // On every hit of such a value: step over the block without building its model name.
        Cursor at = new Cursor(bytes, ValueCodec.HEADER_LENGTH);
        if (!at.skip()) {
            throw new ValueCodecException("stored value has a damaged token usage block", null);
        }
        return at.position;
    }

    /**
     * Where the payload starts in a stored value of a format this runtime reads (after the header
     * and any usage block), or {@code -1} if the value is too short, of another format version, or
     * its usage block is damaged. For tools that show stored values without decoding them.
     */
    public static int payloadOffset(byte[] value) {
        if (value.length < ValueCodec.HEADER_LENGTH || !known(value[2])) {
            return -1;
        }
        try {
            return bodyOffset(value);
        } catch (ValueCodecException damaged) {
            return -1;
        }
    }

    /** Whether {@code version} is a format version this runtime reads. */
    static boolean known(byte version) {
        return version == ValueCodec.FORMAT_VERSION || version == FORMAT_VERSION;
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    /** Reads one block; every read is bounds-checked, since the bytes come from a store. */
    private static final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        TokenUsage usage() {
            long input = varint();
            long output = input < 0 ? -1 : varint();
            int modelAt = position + 1;
            if (output < 0 || !skipModel()) {
                return null;
            }
            int length = position - modelAt;
            String model = length == 0 ? null : new String(bytes, modelAt, length, StandardCharsets.UTF_8);
            return new TokenUsage(model, input, output);
        }

        /** Steps over one block; whether it was whole. */
        boolean skip() {
            return varint() >= 0 && varint() >= 0 && skipModel();
        }

        private boolean skipModel() {
            if (position >= bytes.length) {
                return false;
            }
            int length = bytes[position++] & 0xFF;
            if (position + length > bytes.length) {
                return false;
            }
            position += length;
            return true;
        }

        /** A non-negative varint of at most 9 bytes (63 bits), or -1 if malformed. */
        private long varint() {
            long value = 0;
            for (int shift = 0; shift < 63; shift += 7) {
                if (position >= bytes.length) {
                    return -1;
                }
                int b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            return -1;
        }
    }
}
