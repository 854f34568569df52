package dev.cachedcompletion.internal;

import dev.cachedcompletion.support.MethodSite;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Resolves each woven join point, or each {@link Method} a proxy intercepts, to its generated site
 * once, then answers from a map keyed by the join point's static part (one object per join point,
 * compared by identity) or by the method. Both lead to the same {@link ResolvedSite} for one method,
 * so that a call handed from a proxy to a woven method is recognised (see {@link CompletionEngine}).
 * Thread-safe.
 *
 * <p>The maps hang off the declaring class ({@link ClassValue}), not off this object, so that a
 * class loader that is discarded (a hot reload) is not kept alive by the sites resolved for it.
 */
final class CallSites {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    /** The sites of one declaring class, by each way a call can name its method. */
    private static final class ClassSites {
        final ConcurrentHashMap<String, Optional<ResolvedSite>> byDescriptor = new ConcurrentHashMap<>();
        final ConcurrentHashMap<JoinPoint.StaticPart, Optional<ResolvedSite>> byJoinPoint = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Method, Optional<ResolvedSite>> byMethod = new ConcurrentHashMap<>();
    }

    private final ClassValue<ClassSites> byClass = new ClassValue<>() {
        @Override
        protected ClassSites computeValue(Class<?> type) {
            return new ClassSites();
        }
    };
    private final ConcurrentHashMap<String, MethodStats> statsByMethod = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<MethodStats>> statsListeners = new CopyOnWriteArrayList<>();
    private final FutureShape futures;
    private final StreamShapes streams;
    private final Runnable onFirstSite;

    /** {@code onFirstSite} runs when a join point is first resolved (it starts the JMX registration). */
    CallSites(FutureShape futures, StreamShapes streams, Runnable onFirstSite) {
        this.futures = futures;
        this.streams = streams;
        this.onFirstSite = onFirstSite;
    }

    /** The site of this join point, or {@code null} if the method must run uncached. */
    ResolvedSite resolve(JoinPoint.StaticPart joinPoint) {
        MethodSignature signature = (MethodSignature) joinPoint.getSignature();
        Class<?> declaring = signature.getDeclaringType();
        ClassSites sites = byClass.get(declaring);
        Optional<ResolvedSite> known = sites.byJoinPoint.get(joinPoint);
        if (known == null) {
            known = sites.byJoinPoint.computeIfAbsent(joinPoint,
                    jp -> byDescriptor(sites, declaring, signature.getName(), signature.getParameterTypes()));
        }
        return known.orElse(null);
    }

    /** The site of {@code method} as declared (not a bridge), or {@code null} if it must run uncached. */
    ResolvedSite resolve(Method method) {
        Class<?> declaring = method.getDeclaringClass();
        ClassSites sites = byClass.get(declaring);
        Optional<ResolvedSite> known = sites.byMethod.get(method);
        if (known == null) {
            known = sites.byMethod.computeIfAbsent(method,
                    m -> byDescriptor(sites, declaring, m.getName(), m.getParameterTypes()));
        }
        return known.orElse(null);
    }

    private Optional<ResolvedSite> byDescriptor(ClassSites sites, Class<?> declaring, String name, Class<?>[] parameters) {
        String descriptor = GeneratedKeysLookup.descriptor(name, parameters);
        return sites.byDescriptor.computeIfAbsent(descriptor, d -> resolveFirstTime(declaring, d));
    }

    private Optional<ResolvedSite> resolveFirstTime(Class<?> declaring, String descriptor) {
        try {
            Optional<ResolvedSite> site = Optional.of(resolve(GeneratedKeysLookup.find(declaring, descriptor)));
            onFirstSite.run();
            return site;
        } catch (GeneratedKeysLookup.MissingKeyCodeException e) {
            LOG.log(Level.ERROR, "cached-completion: " + e.getMessage());
        } catch (Throwable e) {
            LOG.log(Level.ERROR, "cached-completion: cannot load the generated key code of "
                    + declaring.getName() + "." + descriptor + "; the method runs uncached: " + e, e);
        }
        return Optional.empty();
    }

    /** The resolved form of a generated site; sites of one method share their counters. */
    ResolvedSite resolve(MethodSite site) {
        ResultShape shape = site.streamed() ? streams.of(site) : site.async() ? futures : PlainShape.INSTANCE;
        return new ResolvedSite(site, shape, statsOf(site.identity()));
    }

    private MethodStats statsOf(String identity) {
        MethodStats known = statsByMethod.get(identity);
        if (known != null) {
            return known;
        }
        MethodStats created = new MethodStats(identity);
        known = statsByMethod.putIfAbsent(identity, created);
        if (known != null) {
            return known;
        }
        statsListeners.forEach(listener -> tell(listener, created));
        return created;
    }

    /**
     * Tells {@code listener} the counters of every method known now and of each method resolved
     * later, until the returned handle runs. A method may be told twice (when it is resolved while
     * the listener is added), so a listener must be idempotent.
     */
    Runnable listen(Consumer<MethodStats> listener) {
        statsListeners.add(listener);
        statsByMethod.values().forEach(stats -> tell(listener, stats));
        return () -> statsListeners.remove(listener);
    }

    private static void tell(Consumer<MethodStats> listener, MethodStats stats) {
        try {
            listener.accept(stats);
        } catch (Throwable e) {
            // A failing meter registry must not fail the call that resolved the method.
            LOG.log(Level.WARNING, "cached-completion: a statistics listener failed for " + stats.method() + ": " + e, e);
        }
    }

    List<MethodStats> allStats() {
        return new ArrayList<>(statsByMethod.values());
    }
}
