package dev.cachedcompletion.openai;

import com.openai.core.http.StreamResponse;
import dev.cachedcompletion.spi.PullStreams;
import dev.cachedcompletion.spi.StreamAdapter;
import java.util.Iterator;
import java.util.concurrent.Flow;

/**
 * The stream adapter of {@code @CachedCompletion} methods that return the OpenAI Java SDK's
 * {@code StreamResponse<ChatCompletionChunk>}, the result of
 * {@code client.chat().completions().createStreaming(params)}.
 *
 * <ul>
 *   <li>The SDK's response, which the method body returned, is read one chunk at a time as the
 *       caller (or a caller who joined the same live stream) asks for the next one, on the reading
 *       thread, and closed (its HTTP response released) once its last chunk was read, when it fails,
 *       or when every caller has closed its own response.</li>
 *   <li>The caller gets a {@link StreamResponse} of its own: nothing is looked up or called before
 *       its {@code stream()} is first read; its {@code close()} stops the reading (and the model's
 *       stream, if no other caller reads it). As with the SDK, close it, e.g. with
 *       try-with-resources; an answer is stored only when a caller read it to its end.</li>
 * </ul>
 * Registered by the resource {@code dev/cachedcompletion/spi/streams/com.openai.core.http.StreamResponse}.
 * Stateless and thread-safe.
 */
public final class StreamResponseStreams implements StreamAdapter<StreamResponse<?>> {

    /** Public for the generated code, which instantiates the registered adapter. */
    public StreamResponseStreams() {
    }

    @Override
    public Flow.Publisher<?> elements(StreamResponse<?> response) {
        Iterator<?> chunks;
        try {
            chunks = response.stream().iterator();
        } catch (RuntimeException | Error e) {
            response.close();
            throw e;
        }
        return PullStreams.publisher(chunks, response);
    }

    @Override
    public StreamResponse<?> stream(Flow.Publisher<?> elements) {
        return new CachedStreamResponse<>(elements);
    }

    /** {@code true}: the caller reads a {@code StreamResponse} by blocking, so the look-up may block too. */
    @Override
    public boolean pulled() {
        return true;
    }
}
