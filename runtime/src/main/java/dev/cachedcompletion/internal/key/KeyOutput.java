package dev.cachedcompletion.internal.key;

/** Where the canonical encoder writes: a byte array, or straight into a digest. Not thread-safe. */
abstract class KeyOutput {

    private final byte[] scratch = new byte[8];

    abstract void write(byte[] bytes, int offset, int length);

    final void writeByte(int b) {
        scratch[0] = (byte) b;
        write(scratch, 0, 1);
    }

    final void writeInt(int v) {
        scratch[0] = (byte) (v >>> 24);
        scratch[1] = (byte) (v >>> 16);
        scratch[2] = (byte) (v >>> 8);
        scratch[3] = (byte) v;
        write(scratch, 0, 4);
    }

    final void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    final void writeBytes(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    /** Collects everything written, for the canonical bytes themselves. */
    static final class ToArray extends KeyOutput {
        private byte[] buffer;
        private int size;

        ToArray(int initialCapacity) {
            buffer = new byte[Math.max(16, initialCapacity)];
        }

        @Override
        void write(byte[] bytes, int offset, int length) {
            if (size + length > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
            }
            System.arraycopy(bytes, offset, buffer, size, length);
            size += length;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buffer, size);
        }
    }

    /** Feeds a digest without materializing the canonical bytes. */
    static final class ToDigest extends KeyOutput {
        private final java.security.MessageDigest digest;

        ToDigest(java.security.MessageDigest digest) {
            this.digest = digest;
        }

        @Override
        void write(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }
    }
}
