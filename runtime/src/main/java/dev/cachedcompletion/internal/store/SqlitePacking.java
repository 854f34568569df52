package dev.cachedcompletion.internal.store;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a value is kept in the file: as given, or deflated when it is long and deflating saves at least
 * an eighth. A deflated value starts with {@link #MAGIC}, {@code 'C' 'Z'} (a value in the library's
 * format starts with {@code 'C' 'V'}), then the length of the value and its CRC-32, each a 4-byte
 * big-endian number, then raw deflate data.
 *
 * <p>Keeps one {@code Deflater} and one {@code Inflater}, made on first use and reset between
 * values: making one allocates zlib's window, which costs more than inflating a 1 KB answer. So an
 * instance belongs to one connection, used by one thread at a time; {@link #close()} frees them.
 *
 * <p>A stored value that claims to be deflated but does not inflate to exactly its stated length and
 * checksum unpacks to {@code null}: to the store, a miss. (Deflate itself has no checksum: one flipped
 * bit can inflate to other text of the same length, which could read as a valid, wrong answer.)
 */
final class SqlitePacking implements AutoCloseable {

    /** Values shorter than this are kept as they are: they fit their page, and inflating costs every hit. */
    static final int DEFLATE_FROM = 1024;

    private static final byte[] MAGIC = {'C', 'Z'};
    private static final int HEADER = MAGIC.length + 8;
    /** Deflate's best ratio is about 1032 to 1: a stated length beyond that is a lie, not allocated. */
    private static final long MAX_RATIO = 1100;

    private Deflater deflater;
    private Inflater inflater;

    /**
     * The bytes to store for {@code value}: deflated if that saves an eighth, else {@code value}
     * itself. A value that starts like a deflated one is always deflated, so that it reads back as
     * it was given.
     */
    byte[] pack(byte[] value) {
        boolean lookalike = isDeflated(value);
        if (value.length < DEFLATE_FROM && !lookalike) {
            return value;
        }
        byte[] deflated = deflate(value, lookalike ? HEADER + value.length + value.length / 8 + 64
                : value.length - value.length / 8);
        return deflated != null ? deflated : value;
    }

    /** Header and deflate data, if they fit in {@code limit} bytes; else null. */
    private byte[] deflate(byte[] value, int limit) {
        if (deflater == null) {
            deflater = new Deflater(Deflater.BEST_SPEED, true);
        }
        try {
            deflater.setInput(value);
            deflater.finish();
            byte[] out = new byte[limit];
            System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
            writeInt(out, MAGIC.length, value.length);
            writeInt(out, MAGIC.length + 4, crc(value));
            int n = HEADER;
            while (!deflater.finished() && n < limit) {
                n += deflater.deflate(out, n, limit - n);
            }
            return deflater.finished() ? Arrays.copyOf(out, n) : null;
        } finally {
            deflater.reset();
        }
    }

    /** The value {@code stored} holds: itself if it was kept as given, inflated if deflated; {@code null} if damaged. */
    byte[] unpack(byte[] stored) {
        if (!isDeflated(stored)) {
            return stored;
        }
        if (stored.length < HEADER) {
            return null;
        }
        int length = readInt(stored, MAGIC.length);
        if (length < 0 || length > (stored.length - HEADER) * MAX_RATIO) {
            return null;
        }
        if (inflater == null) {
            inflater = new Inflater(true);
        }
        try {
            inflater.setInput(stored, HEADER, stored.length - HEADER);
            byte[] value = new byte[length];
            int n = 0;
            while (n < length) {
                int got = inflater.inflate(value, n, length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                n += got;
            }
            // Raw deflate may need one more call to see its end; the value must end exactly there.
            boolean ended = inflater.finished() || inflater.inflate(new byte[1]) == 0 && inflater.finished();
            return ended && inflater.getRemaining() == 0 && crc(value) == readInt(stored, MAGIC.length + 4) ? value : null;
        } catch (DataFormatException damaged) {
            return null;
        } finally {
            inflater.reset();
        }
    }

    /** Whether {@code stored} is marked as deflated (it may still be damaged). */
    static boolean isDeflated(byte[] stored) {
        return stored.length >= MAGIC.length && stored[0] == MAGIC[0] && stored[1] == MAGIC[1];
    }

    @Override
    public void close() {
        if (deflater != null) {
            deflater.end();
        }
        if (inflater != null) {
            inflater.end();
        }
    }

    private static int crc(byte[] value) {
        CRC32 crc = new CRC32();
        crc.update(value);
        return (int) crc.getValue();
    }

    private static void writeInt(byte[] out, int at, int v) {
        out[at] = (byte) (v >>> 24);
        out[at + 1] = (byte) (v >>> 16);
        out[at + 2] = (byte) (v >>> 8);
        out[at + 3] = (byte) v;
    }

    private static int readInt(byte[] in, int at) {
        return (in[at] & 0xFF) << 24 | (in[at + 1] & 0xFF) << 16 | (in[at + 2] & 0xFF) << 8 | (in[at + 3] & 0xFF);
    }
}
