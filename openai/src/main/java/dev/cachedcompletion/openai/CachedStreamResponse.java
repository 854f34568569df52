package dev.cachedcompletion.openai;

import com.openai.core.http.StreamResponse;
import dev.cachedcompletion.spi.PullStreams;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * The {@link StreamResponse} a caller of a cached streaming method gets: its chunks come from the
 * cache (live from the model, joined, or replayed). Like the SDK's, {@link #stream()} can be consumed
 * once, and {@link #close()} ends it, which tells the cache that this caller stopped reading.
 * Meant for one consuming thread, like the SDK's; {@code close} may be called from any thread.
 */
final class CachedStreamResponse<T> implements StreamResponse<T> {

    private final Stream<T> chunks;

    CachedStreamResponse(Flow.Publisher<? extends T> chunks) {
        this.chunks = PullStreams.stream(chunks);
    }

    /** The chunks; the same stream on every call, subscribed when first read. */
    @Override
    public Stream<T> stream() {
        return chunks;
    }

    @Override
    public void close() {
        chunks.close();
    }
}
