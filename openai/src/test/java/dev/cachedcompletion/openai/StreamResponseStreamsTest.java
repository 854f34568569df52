package dev.cachedcompletion.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.http.StreamResponse;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The adapter alone, both ways round: the SDK's response the method body returned becomes elements
 * read only as they are asked for and released at the end; the caller's response reads the cache's
 * elements only once it is consumed and stops them when closed. (Over HTTP, with the cache between
 * them: client-tests' OpenAiSdkStreamingOverHttpTest.)
 */
class StreamResponseStreamsTest {

    private final StreamResponseStreams adapter = new StreamResponseStreams();

    @Test
    void theBodysResponseIsReadOnlyAsTheCallerReadsAndClosedOnceExhausted() {
        BodyResponse body = new BodyResponse(List.of("a", "b", "c"));
        try (StreamResponse<?> caller = adapter.stream(adapter.elements(body))) {
            Iterator<?> chunks = caller.stream().iterator();
            assertThat(body.reads.get()).isZero();

            assertThat(chunks.next()).isEqualTo("a");
            assertThat(body.reads.get()).isEqualTo(1);
            assertThat(body.closed).isFalse();

            assertThat(chunks.next()).isEqualTo("b");
            assertThat(chunks.next()).isEqualTo("c");
            assertThat(chunks.hasNext()).isFalse();
            assertThat(body.closed).isTrue();
        }
    }

    @Test
    void closingTheCallersResponseMidWayClosesTheBodysResponseAndReadsNoMore() {
        BodyResponse body = new BodyResponse(List.of("a", "b", "c"));
        StreamResponse<?> caller = adapter.stream(adapter.elements(body));
        assertThat(caller.stream().iterator().next()).isEqualTo("a");

        caller.close();

        assertThat(body.closed).isTrue();
        assertThat(body.reads.get()).isEqualTo(1);
    }

    @Test
    void aResponseClosedBeforeItIsReadNeverSubscribesSoNothingIsLookedUpOrCalled() {
        AtomicBoolean subscribed = new AtomicBoolean();
        Flow.Publisher<Object> cache = subscriber -> subscribed.set(true);

        StreamResponse<?> caller = adapter.stream(cache);
        caller.close();

        assertThat(subscribed).isFalse();
    }

    @Test
    void theCallersResponseHandsOutOneStreamThatCanBeConsumedOnce() {
        StreamResponse<?> caller = adapter.stream(adapter.elements(new BodyResponse(List.of("a"))));
        Stream<?> first = caller.stream();

        assertThat(caller.stream()).isSameAs(first);
        assertThat(first.map(Object::toString).toList()).containsExactly("a");
        assertThatThrownBy(() -> caller.stream().toList()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailureWhileReadingTheBodyReachesTheCallerUnchangedAndReleasesTheResponse() {
        IllegalStateException broken = new IllegalStateException("connection reset");
        BodyResponse body = new BodyResponse(List.of("a"), broken);
        try (StreamResponse<?> caller = adapter.stream(adapter.elements(body))) {
            Iterator<?> chunks = caller.stream().iterator();
            assertThat(chunks.next()).isEqualTo("a");
            assertThatThrownBy(chunks::next).isSameAs(broken);
        }
        assertThat(body.closed).isTrue();
    }

    @Test
    void aResponseWhoseStreamCannotBeOpenedIsClosed() {
        BodyResponse body = new BodyResponse(List.of()) {
            @Override
            public Stream<String> stream() {
                throw new IllegalStateException("already consumed");
            }
        };
        assertThatThrownBy(() -> adapter.elements(body)).hasMessage("already consumed");
        assertThat(body.closed).isTrue();
    }

    @Test
    void theCallerReadsByBlockingSoTheLookUpMayBlock() {
        assertThat(adapter.pulled()).isTrue();
    }

    /** Stands in for the SDK's response: counts the chunks read, remembers whether it was closed. */
    private static class BodyResponse implements StreamResponse<String> {
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean closed;
        private final List<String> chunks;
        private final RuntimeException failureAtEnd;

        BodyResponse(List<String> chunks) {
            this(chunks, null);
        }

        BodyResponse(List<String> chunks, RuntimeException failureAtEnd) {
            this.chunks = chunks;
            this.failureAtEnd = failureAtEnd;
        }

        @Override
        public Stream<String> stream() {
            Iterator<String> counted = new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    if (next == chunks.size() && failureAtEnd != null) {
                        throw failureAtEnd;
                    }
                    return next < chunks.size();
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    reads.incrementAndGet();
                    return chunks.get(next++);
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(counted, Spliterator.ORDERED), false);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
