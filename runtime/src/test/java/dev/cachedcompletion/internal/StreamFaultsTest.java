package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.StreamAdapter;
import dev.cachedcompletion.support.FlowPublisherStreams;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.testing.CapturedLog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

/**
 * A streamed answer always reaches its caller and a stream always ends, whatever the cache's side
 * does: an element that cannot be encoded, a store that fails to read or write. Across processes, a
 * leasing store makes one process stream from the model while another replays what it stored.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails the test instead of the build
class StreamFaultsTest {

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());
    private final AtomicInteger modelCalls = new AtomicInteger();
    private final CapturedLog log = new CapturedLog();

    @AfterEach
    void detachLog() {
        log.close();
    }

    @Test
    void anErrorWhileEncodingAnElementStillStreamsTheWholeAnswerAndStoresNothing() throws Throwable {
        stores.use(StoreFactory.open("memory", "test"));
        ResolvedSite site = engine.resolve(StreamingSite.encodingFails("faults.Chat#stream(java.lang.String)"));

        assertThat(read(site, "q", "a", "b")).containsExactly("a", "b");
        assertThat(read(site, "q", "a", "b")).as("not stored, so the model streams again").containsExactly("a", "b");

        assertThat(modelCalls).hasValue(2);
        assertThat(site.stats.errors()).isEqualTo(2);
        assertThat(log.messagesAt(Level.WARNING)).hasSize(1).allSatisfy(m -> assertThat(m).contains("encoding an answer"));
    }

    @Test
    void aStoreThatFailsToReadOrWriteCostsTheCacheNotTheStream() throws Throwable {
        ScriptedStore failing = new ScriptedStore(StoreFactory.open("memory", "test"));
        stores.use(failing);
        ResolvedSite site = engine.resolve(StreamingSite.strings("faults.Chat#stream(java.lang.String)"));

        failing.failGets = true;
        assertThat(read(site, "q", "a")).containsExactly("a");
        failing.failGets = false;
        failing.failPuts = true;
        assertThat(read(site, "q", "a")).containsExactly("a");
        failing.failPuts = false;
        assertThat(read(site, "q", "a")).containsExactly("a");
        assertThat(read(site, "q", "a")).as("stored by the third call").containsExactly("a");

        assertThat(modelCalls).hasValue(3);
        assertThat(site.stats.errors()).isEqualTo(2);
    }

    @Test
    void aProcessWithoutTheLeaseReplaysTheStreamTheLeaseHolderStored() throws Throwable {
        ScriptedLeases leases = new ScriptedLeases(StoreFactory.open("memory", "test"));
        stores.use(leases);
        ResolvedSite site = engine.resolve(StreamingSite.strings("faults.Chat#stream(java.lang.String)"));

        assertThat(read(site, "q", "streamed", " here")).containsExactly("streamed", " here");
        assertThat(leases.events).as("stored before the lease is released").containsExactly("lease", "put", "release");

        leases.grant = false;
        leases.othersValue = leases.lastPut;
        assertThat(read(site, "other prompt", "never", " called")).containsExactly("streamed", " here");
        assertThat(modelCalls).as("the other process's answer, not a model call").hasValue(1);
        assertThat(site.stats.hits()).isEqualTo(1);
    }

    private List<Object> read(ResolvedSite site, String prompt, String... tokens) throws Throwable {
        Object stream = engine.call(site, null, new Object[] {prompt}, () -> {
            modelCalls.incrementAndGet();
            return JdkFlowAdapter.publisherToFlowPublisher(Flux.fromArray(tokens));
        });
        @SuppressWarnings("unchecked")
        Flow.Publisher<Object> elements = (Flow.Publisher<Object>) stream;
        return JdkFlowAdapter.flowPublisherToFlux(elements).collectList().block(Duration.ofSeconds(10));
    }

    /** A {@code Flow.Publisher<String>} method, as the processor would generate it. */
    private static final class StreamingSite extends MethodSite {
        private final CompletionCodec<?> codec;

        private StreamingSite(String identity, CompletionCodec<?> codec) {
            super(identity, 1, "test-model", -1, new ReturnType<String>() { }, true, 0, "#0");
            this.codec = codec;
        }

        static StreamingSite strings(String identity) {
            return new StreamingSite(identity, null);
        }

        static StreamingSite encodingFails(String identity) {
            return new StreamingSite(identity, new CompletionCodec<String>() {
                @Override
                public String format() {
                    return "throwing";
                }

                @Override
                public byte[] encode(String value) {
                    throw new StackOverflowError("a value too deep to encode");
                }

                @Override
                public String decode(byte[] bytes) {
                    throw new AssertionError("nothing was ever encoded");
                }
            });
        }

        @Override
        public StreamAdapter<?> streamAdapter() {
            return new FlowPublisherStreams();
        }

        @Override
        public CompletionCodec<?> codec() {
            return codec;
        }

        @Override
        public CacheKey key(Object target, Object[] args) {
            return newKey(args.clone());
        }
    }
}
