package dev.cachedcompletion.internal.stream;

import dev.cachedcompletion.spi.TokenUsage;
import java.util.List;
import java.util.function.Function;

/**
 * A whole streamed answer: its elements in order and when each arrived, in milliseconds from the
 * start of the stream. Immutable. A recording made live also carries each element encoded as it
 * arrived — so that nothing a caller later does to an element reaches the store — or the failure
 * that kept one from being encoded.
 */
public final class RecordedStream {

    private final List<Object> elements;
    private final long[] offsetsMillis;
    private final List<byte[]> encoded;
    private final RuntimeException encodingFailure;
    /**
     * The token usage, once worked out ({@code null}: none reported), or {@link #NOT_YET}. Each hit
     * of a kept recording asks for it; one reference, so a racing reader sees the sentinel or the
     * answer, never half of it.
     */
    private volatile Object usage = NOT_YET;

    private static final Object NOT_YET = new Object();

    public RecordedStream(List<Object> elements, long[] offsetsMillis) {
        this(elements, offsetsMillis, null, null);
    }

    RecordedStream(List<Object> elements, long[] offsetsMillis, List<byte[]> encoded, RuntimeException encodingFailure) {
        if (elements.size() != offsetsMillis.length) {
            throw new IllegalArgumentException(elements.size() + " elements but " + offsetsMillis.length + " offsets");
        }
        this.elements = List.copyOf(elements);
        this.offsetsMillis = offsetsMillis.clone();
        // After a failure some elements have no bytes: the recording is not stored, so none are kept.
        this.encoded = encoded == null || encodingFailure != null ? null : List.copyOf(encoded);
        this.encodingFailure = encodingFailure;
    }

    public List<Object> elements() {
        return elements;
    }

    public int size() {
        return elements.size();
    }

    /** When element {@code i} arrived, in milliseconds from the start of the stream. */
    public long offsetMillis(int i) {
        return offsetsMillis[i];
    }

    public long[] offsetsMillis() {
        return offsetsMillis.clone();
    }

    /** The offsets themselves, for a replay that only reads them (no copy per replay). */
    long[] offsetsForReading() {
        return offsetsMillis;
    }

    /** The usage {@code scan} finds in the elements, worked out once per recording. */
    public TokenUsage usage(Function<List<Object>, TokenUsage> scan) {
        Object known = usage;
        if (known == NOT_YET) {
            known = scan.apply(elements);
            usage = known;
        }
        return (TokenUsage) known;
    }

    /** The same recording without the bytes of its elements, for keeping on the heap. */
    public RecordedStream withoutEncoding() {
        return encoded == null ? this : new RecordedStream(elements, offsetsMillis);
    }

    /** The elements as encoded when they arrived, or {@code null} for a recording read from a store. */
    public List<byte[]> encoded() {
        return encoded;
    }

    /** Why an element of a live recording could not be encoded, or {@code null}. */
    public RuntimeException encodingFailure() {
        return encodingFailure;
    }
}
