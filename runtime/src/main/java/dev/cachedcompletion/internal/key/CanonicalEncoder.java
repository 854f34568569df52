package dev.cachedcompletion.internal.key;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The canonical key encoding specified in {@code docs/KEYS.md}: every value length-prefixed and
 * type-tagged, so that equal keys give equal bytes on every JVM and distinct keys give distinct
 * bytes. Pure functions; thread-safe.
 */
public final class CanonicalEncoder {

    /**
     * Magic and key-format version. Version 2: the value shape joined the method prefix, and key-tree
     * numbers became shortest decimals instead of {@code Float.toString} text (docs/KEYS.md).
     */
    static final byte[] MAGIC = {'C', 'C', 'K', 2};

    static final int NULL = 0x00;
    static final int STRING = 0x01;
    static final int BOOLEAN = 0x02;
    static final int BYTE = 0x03;
    static final int SHORT = 0x04;
    static final int INT = 0x05;
    static final int LONG = 0x06;
    static final int FLOAT = 0x07;
    static final int DOUBLE = 0x08;
    static final int CHAR = 0x09;
    static final int BIG_INTEGER = 0x0A;
    static final int BIG_DECIMAL = 0x0B;
    static final int ENUM = 0x0C;
    static final int STRING_UTF16 = 0x0D;
    static final int LIST = 0x10;
    static final int SET = 0x11;
    static final int MAP = 0x12;
    static final int RECORD = 0x13;
    static final int ARRAY = 0x14;
    static final int BYTES = 0x15;

    private static final MessageDigest SHA_256_PROTOTYPE = sha256();

    private CanonicalEncoder() {
    }

    /**
     * The bytes that start every key of one method: magic, identity, version, model, the shape of
     * its value, labels. The shape is part of the method's identity so that two methods that share
     * a {@code name} but return values of different shapes never read each other's entries.
     */
    public static byte[] prefix(String identity, int version, String model, int valueShape, String[] labels) {
        KeyOutput.ToArray out = new KeyOutput.ToArray(64 + identity.length() + model.length());
        out.writeBytes(MAGIC);
        writeString(out, identity);
        out.writeInt(version);
        writeString(out, model);
        out.writeInt(valueShape);
        out.writeInt(labels.length);
        for (String label : labels) {
            writeString(out, label);
        }
        return out.toByteArray();
    }

    /** The whole canonical key: the method prefix, then each part. */
    public static byte[] keyBytes(byte[] prefix, Object[] parts) {
        KeyOutput.ToArray out = new KeyOutput.ToArray(prefix.length + 16 * parts.length);
        out.writeBytes(prefix);
        for (Object part : parts) {
            write(out, part);
        }
        return out.toByteArray();
    }

    /** SHA-256 of {@link #keyBytes}, computed without building them. */
    public static byte[] digest(byte[] prefix, Object[] parts) {
        MessageDigest md = newSha256();
        KeyOutput.ToDigest out = new KeyOutput.ToDigest(md);
        out.writeBytes(prefix);
        for (Object part : parts) {
            write(out, part);
        }
        return md.digest();
    }

    /** The canonical bytes of one value; used to order set elements and map keys. */
    static byte[] valueBytes(Object value) {
        KeyOutput.ToArray out = new KeyOutput.ToArray(32);
        write(out, value);
        return out.toByteArray();
    }

    static void write(KeyOutput out, Object v) {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String) {
            writeTaggedString(out, (String) v);
        } else if (v instanceof Integer) {
            out.writeByte(INT);
            out.writeInt((Integer) v);
        } else if (v instanceof Long) {
            out.writeByte(LONG);
            out.writeLong((Long) v);
        } else if (v instanceof Boolean) {
            out.writeByte(BOOLEAN);
            out.writeByte((Boolean) v ? 1 : 0);
        } else if (v instanceof Double) {
            out.writeByte(DOUBLE);
            out.writeLong(Double.doubleToLongBits((Double) v));
        } else if (v instanceof Float) {
            out.writeByte(FLOAT);
            out.writeInt(Float.floatToIntBits((Float) v));
        } else if (v instanceof Short) {
            out.writeByte(SHORT);
            out.writeInt((Short) v);
        } else if (v instanceof Byte) {
            out.writeByte(BYTE);
            out.writeByte((Byte) v);
        } else if (v instanceof Character) {
            out.writeByte(CHAR);
            out.writeInt((Character) v);
        } else if (v instanceof Enum) {
            Enum<?> e = (Enum<?>) v;
            out.writeByte(ENUM);
            writeString(out, e.getDeclaringClass().getName());
            writeString(out, e.name());
        } else if (v instanceof KeySequence) {
            KeySequence seq = (KeySequence) v;
            out.writeByte(seq.tag());
            writeAll(out, seq.elements());
        } else if (v instanceof KeyMap) {
            KeyMap map = (KeyMap) v;
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (int i = 0; i < map.size(); i++) {
                write(out, map.keyAt(i));
                write(out, map.valueAt(i));
            }
        } else if (v instanceof KeyRecord) {
            KeyRecord record = (KeyRecord) v;
            out.writeByte(RECORD);
            writeString(out, record.type());
            writeAll(out, record.components());
        } else if (v instanceof KeyBytes) {
            byte[] bytes = ((KeyBytes) v).bytes();
            out.writeByte(BYTES);
            out.writeInt(bytes.length);
            out.writeBytes(bytes);
        } else if (v instanceof BigInteger) {
            byte[] bytes = ((BigInteger) v).toByteArray();
            out.writeByte(BIG_INTEGER);
            out.writeInt(bytes.length);
            out.writeBytes(bytes);
        } else if (v instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) v;
            byte[] unscaled = d.unscaledValue().toByteArray();
            out.writeByte(BIG_DECIMAL);
            out.writeInt(d.scale());
            out.writeInt(unscaled.length);
            out.writeBytes(unscaled);
        } else {
            throw new IllegalArgumentException("not a canonical key value: " + v.getClass().getName());
        }
    }

    private static void writeAll(KeyOutput out, Object[] values) {
        out.writeInt(values.length);
        for (Object value : values) {
            write(out, value);
        }
    }

    private static void writeTaggedString(KeyOutput out, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (hasUnpairedSurrogate(s, utf8)) {
            // UTF-8 would turn every unpaired surrogate into '?', making "\uD800" and "?" one key.
            out.writeByte(STRING_UTF16);
            byte[] utf16 = codeUnits(s);
            out.writeInt(utf16.length);
            out.writeBytes(utf16);
            return;
        }
        out.writeByte(STRING);
        out.writeInt(utf8.length);
        out.writeBytes(utf8);
    }

    private static void writeString(KeyOutput out, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.writeBytes(utf8);
    }

    /**
     * The UTF-16 code units of {@code s}, big-endian, exactly as they are. Not
     * {@code getBytes(UTF_16BE)}: it replaces every unpaired surrogate with U+FFFD, which made
     * "\uD800" and "\uDC00" one key, and left equal maps holding both in insertion order.
     */
    private static byte[] codeUnits(String s) {
        byte[] bytes = new byte[2 * s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes[2 * i] = (byte) (c >>> 8);
            bytes[2 * i + 1] = (byte) c;
        }
        return bytes;
    }

    /** Encoding replaced something iff the UTF-8 holds more '?' than the string does. */
    private static boolean hasUnpairedSurrogate(String s, byte[] utf8) {
        int inBytes = 0;
        for (byte b : utf8) {
            if (b == '?') {
                inBytes++;
            }
        }
        if (inBytes == 0) {
            return false;
        }
        int inString = 0;
        for (int i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) {
            inString++;
        }
        return inBytes != inString;
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Unsigned lexicographic order of canonical bytes: the order of set elements and map keys. */
    static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
