package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import org.aspectj.lang.JoinPoint;
import org.aspectj.runtime.reflect.Factory;
import org.junit.jupiter.api.Test;

/**
 * The entry point for interception without AspectJ (a Spring AOP advisor): a call named by its
 * {@link Method} is cached like a woven one, shares the woven method's entries and counters, and a
 * proxied call that then enters a woven method is cached and counted once.
 */
class ProxyCallTest {

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());
    private final ProxiedService target = new ProxiedService();
    private final Method ask = method("ask", String.class);
    private final JoinPoint.StaticPart askJoinPoint = joinPointOf("ask", String.class);
    private final AtomicInteger modelCalls = new AtomicInteger();

    ProxyCallTest() {
        stores.use(StoreFactory.open("memory", "test"));
    }

    @Test
    void aRepeatedCallIsAnsweredFromTheStore() throws Throwable {
        assertThat(viaProxy("q", this::model)).isEqualTo("answer to q");
        assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.MISS);

        assertThat(viaProxy("q", this::model)).isEqualTo("answer to q");
        assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.HIT);
        assertThat(modelCalls).hasValue(1);
    }

    @Test
    void theProxyAndTheWovenAspectShareEntriesAndCounters() throws Throwable {
        viaProxy("q", this::model);
        Object woven = engine.call(askJoinPoint, target, new Object[] {"q"}, this::model);

        assertThat(woven).isEqualTo("answer to q");
        assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.HIT);
        assertThat(modelCalls).hasValue(1);
        assertThat(engine.statistics()).singleElement()
                .satisfies(s -> assertThat(s.hits()).isEqualTo(1))
                .satisfies(s -> assertThat(s.misses()).isEqualTo(1));
    }

    @Test
    void aProxiedCallOfAWovenMethodIsCachedAndCountedOnce() throws Throwable {
        for (int i = 0; i < 2; i++) {
            // The proxy's body enters the woven method, whose aspect would cache the call again.
            viaProxy("q", () -> engine.call(askJoinPoint, target, new Object[] {"q"}, this::model));
        }

        assertThat(modelCalls).hasValue(1);
        assertThat(engine.statistics()).singleElement()
                .satisfies(s -> assertThat(s.misses()).as("misses").isEqualTo(1))
                .satisfies(s -> assertThat(s.hits()).as("hits").isEqualTo(1));
    }

    @Test
    void aCallTheWovenBodyMakesInTurnIsStillCached() throws Throwable {
        // The woven method, entered from the proxy, calls itself with another prompt: that call is
        // the body's own and must be intercepted as usual.
        viaProxy("outer", () -> engine.call(askJoinPoint, target, new Object[] {"outer"},
                () -> engine.call(askJoinPoint, target, new Object[] {"inner"}, this::model)));
        Object again = engine.call(askJoinPoint, target, new Object[] {"inner"}, this::model);

        assertThat(again).isEqualTo("answer to q");
        assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.HIT);
        assertThat(modelCalls).hasValue(1);
    }

    @Test
    void aMethodWithoutKeyCodeRunsUncached() throws Throwable {
        Method toString = Object.class.getMethod("toString");
        for (int i = 0; i < 2; i++) {
            engine.call(toString, target, new Object[0], this::model);
            assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.BYPASSED);
        }
        assertThat(modelCalls).hasValue(2);
    }

    private Object viaProxy(String prompt, Invocation body) throws Throwable {
        return engine.call(ask, target, new Object[] {prompt}, body);
    }

    private Object model() {
        modelCalls.incrementAndGet();
        return "answer to q";
    }

    private static Method method(String name, Class<?>... parameters) {
        try {
            return ProxiedService.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static JoinPoint.StaticPart joinPointOf(String method, Class<?>... parameters) {
        Factory factory = new Factory("ProxiedService.java", ProxiedService.class);
        return factory.makeSJP(JoinPoint.METHOD_EXECUTION, factory.makeMethodSig(1, method, ProxiedService.class,
                parameters, new String[parameters.length], new Class<?>[0], String.class), 1);
    }
}
