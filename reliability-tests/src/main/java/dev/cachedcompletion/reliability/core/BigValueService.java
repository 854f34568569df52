package dev.cachedcompletion.reliability.core;

import dev.cachedcompletion.CachedCompletion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Results of about {@code size} characters each, distinct per argument: for filling a byte-bounded store. */
public class BigValueService {

    private static final int LINE = 1024;

    public final AtomicInteger calls = new AtomicInteger();

    /** A String result, kept by the memory store as the object itself. */
    @CachedCompletion
    public String text(int index, int size) {
        calls.incrementAndGet();
        return filler(index + ":", size);
    }

    /** A List result, kept by the memory store as encoded bytes. */
    @CachedCompletion
    public List<String> lines(int index, int size) {
        calls.incrementAndGet();
        List<String> lines = new ArrayList<>(size / LINE + 1);
        for (int written = 0; written < size; written += LINE) {
            lines.add(filler(index + "/" + written + ":", LINE));
        }
        return lines;
    }

    /** Not {@link #text}: a cached method calling itself would return one cached line again and again. */
    private static String filler(String prefix, int size) {
        StringBuilder sb = new StringBuilder(size).append(prefix);
        while (sb.length() < size) {
            sb.append((char) ('a' + sb.length() % 26));
        }
        return sb.toString();
    }
}
