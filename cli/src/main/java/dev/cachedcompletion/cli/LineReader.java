package dev.cachedcompletion.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file line by line as bytes, so that each line is decoded (and, if broken, rejected) on its
 * own: one line of bad UTF-8 must not end the import. A line longer than {@link #MAX_LINE_BYTES} is
 * skipped without being held in memory. Lines end with {@code \n} or {@code \r\n}. Not thread-safe.
 */
final class LineReader implements AutoCloseable {

    /** Far above any cached answer; a longer line is a damaged or foreign file, not an entry. */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private int start;
    private int end;
    private long position;
    private boolean tooLong;

    LineReader(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its line break, or {@code null} at the end of the input. */
    byte[] next() throws IOException {
        line.reset();
        tooLong = false;
        boolean any = false;
        while (true) {
            if (start == end && !fill()) {
                return any ? finish() : null;
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            append(stop);
            position += stop - start + (newline < 0 ? 0 : 1);
            start = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                return finish();
            }
        }
    }

    /** Whether the line {@link #next()} returned last was longer than the limit (it is then empty). */
    boolean wasTooLong() {
        return tooLong;
    }

    /** Bytes read so far, line breaks included. */
    long position() {
        return position;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        start = 0;
        end = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = start; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int stop) {
        if (tooLong) {
            return;
        }
        if (line.size() + (stop - start) > maxLineBytes) {
            tooLong = true;
            line.reset();
            return;
        }
        line.write(buffer, start, stop - start);
    }

    private byte[] finish() {
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            return Arrays.copyOf(bytes, length - 1);
        }
        return bytes;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
