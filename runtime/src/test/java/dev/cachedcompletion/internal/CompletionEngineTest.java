package dev.cachedcompletion.internal;

import dev.cachedcompletion.testing.CapturedLog;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One caller's view of a cached method: what runs, what is returned, what is counted. */
class CompletionEngineTest {

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());
    private final CompletionStore memory = StoreFactory.open("memory", "test");
    private final ResolvedSite ask = engine.resolve(SyntheticSite.strings("interceptor.Service#ask(java.lang.String)", 1));
    private final AtomicInteger bodyRuns = new AtomicInteger();
    private final CapturedLog log = new CapturedLog();

    CompletionEngineTest() {
        stores.use(memory);
    }

    @AfterEach
    void closeStoreAndLog() {
        stores.reset(); // closes the store in use (an SQLite file in one test)
        log.close();
    }

    @Test
    void secondCallWithEqualArgumentsIsAHit() throws Throwable {
        assertThat(call(ask, "q", answering("a"))).isEqualTo("a");
        assertThat(call(ask, "q", answering("b"))).isEqualTo("a");
        assertThat(call(ask, "other", answering("c"))).isEqualTo("c");

        assertThat(bodyRuns).hasValue(2);
        assertThat(ask.stats.hits()).isEqualTo(1);
        assertThat(ask.stats.misses()).isEqualTo(2);
        assertThat(ask.stats.errors()).isZero();
    }

    @Test
    void exceptionReachesTheCallerUnchangedAndIsNotCached() throws Throwable {
        RuntimeException unchecked = new IllegalStateException("rate limited");
        IOException checked = new IOException("connection reset");

        assertThat(catchThrowable(() -> call(ask, "q", failingWith(unchecked)))).isSameAs(unchecked);
        assertThat(catchThrowable(() -> call(ask, "q", failingWith(checked)))).isSameAs(checked);
        assertThat(call(ask, "q", answering("a"))).isEqualTo("a");

        assertThat(bodyRuns).hasValue(3);
        assertThat(ask.stats.hits()).isZero();
    }

    @Test
    void nullIsNotCached() throws Throwable {
        assertThat(call(ask, "q", answering(null))).isNull();
        assertThat(call(ask, "q", answering(null))).isNull();

        assertThat(bodyRuns).hasValue(2);
        assertThat(memory.get(ask.method.key(null, new Object[] {"q"}))).isNull();
    }

    @Test
    void noneStoreRunsTheBodyEveryTime() throws Throwable {
        stores.use("none");

        call(ask, "q", answering("a"));
        call(ask, "q", answering("a"));
        call(ask, "q", answering("a"));

        assertThat(bodyRuns).hasValue(3);
    }

    @Test
    void mutableResultsAreNotSharedBetweenCallers() throws Throwable {
        ResolvedSite list = engine.resolve(SyntheticSite.returning(
                "interceptor.Service#list(java.lang.String)", new ReturnType<List<String>>() { }, false));

        @SuppressWarnings("unchecked")
        List<String> first = (List<String>) call(list, "q", answering(new ArrayList<>(List.of("a", "b"))));
        first.add("edited by the first caller");
        @SuppressWarnings("unchecked")
        List<String> second = (List<String>) call(list, "q", answering(List.of("never")));
        second.add("edited by the second caller");
        Object third = call(list, "q", answering(List.of("never")));

        assertThat(second).startsWith("a", "b").hasSize(3);
        assertThat(third).isEqualTo(List.of("a", "b")).isNotSameAs(second);
        assertThat(bodyRuns).hasValue(1);
    }

    @Test
    void immutableResultIsSharedWithoutDecodingInMemory() throws Throwable {
        Object first = call(ask, "q", answering(new String("a")));

        assertThat(call(ask, "q", answering("b"))).isSameAs(first);
    }

    @Test
    void storeHoldingBytesDecodesAnEqualResult(@TempDir Path dir) throws Throwable {
        stores.use("sqlite:" + dir.resolve("c.db"));

        Object first = call(ask, "q", answering(new String("a")));
        Object second = call(ask, "q", answering("b"));

        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(bodyRuns).hasValue(1);
    }

    @Test
    void undecodableStoredValueIsAMissAndIsOverwritten() throws Throwable {
        CacheKey key = ask.method.key(null, new Object[] {"q"});
        memory.put(key, StoredValue.ofBytes("garbage from an older version".getBytes(UTF_8)), null);

        assertThat(call(ask, "q", answering("a"))).isEqualTo("a");
        assertThat(call(ask, "q", answering("b"))).isEqualTo("a");

        assertThat(bodyRuns).hasValue(1);
        assertThat(ask.stats.errors()).isPositive();
        assertThat(((KeptObject) memory.get(key).object()).value()).isEqualTo("a");
        assertThat(log.messagesAt(Level.WARNING)).singleElement().asString().contains("decoding");
    }

    @Test
    void keyThatCannotBeBuiltRunsTheBodyUncached() throws Throwable {
        ResolvedSite broken = engine.resolve(new MethodSite("interceptor.Service#broken(java.lang.Object)", 1, "m", -1,
                new ReturnType<String>() { }, true, 0, "#0") {
            @Override
            public CacheKey key(Object target, Object[] args) {
                throw new IllegalArgumentException("not a canonical key value: java.lang.Thread");
            }
        });

        assertThat(call(broken, "q", answering("a"))).isEqualTo("a");
        assertThat(call(broken, "q", answering("b"))).isEqualTo("b");

        assertThat(broken.stats.errors()).isEqualTo(2);
        assertThat(broken.stats.misses()).as("calls that ran the body").isEqualTo(2);
        assertThat(log.messagesAt(Level.WARNING)).singleElement().asString()
                .contains("building a cache key", "interceptor.Service#broken");
    }

    @Test
    void bodyCallingItselfWithTheSameKeyDoesNotWaitForItself() throws Throwable {
        Object outer = call(ask, "q", () -> "outer+" + call(ask, "q", answering("inner")));

        assertThat(outer).isEqualTo("outer+inner");
        assertThat(ask.stats.misses()).as("calls that ran the body").isEqualTo(2);
    }

    private Object call(ResolvedSite site, String argument, Invocation body) throws Throwable {
        return engine.call(site, null, new Object[] {argument}, body);
    }

    private Invocation answering(Object result) {
        return () -> {
            bodyRuns.incrementAndGet();
            return result;
        };
    }

    private Invocation failingWith(Throwable failure) {
        return () -> {
            bodyRuns.incrementAndGet();
            throw failure;
        };
    }
}
