package dev.cachedcompletion.internal;

import dev.cachedcompletion.support.MethodSite;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Resolves each woven join point to its generated site once, then answers from a map keyed by the
 * join point's static part (one object per join point, compared by identity). Thread-safe.
 *
 * <p>The maps hang off the declaring class ({@link ClassValue}), not off this object, so that a
 * class loader that is discarded (a hot reload) is not kept alive by the sites resolved for it.
 */
final class CallSites {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    private final ClassValue<ConcurrentHashMap<JoinPoint.StaticPart, Optional<ResolvedSite>>> byClass =
            new ClassValue<>() {
                @Override
                protected ConcurrentHashMap<JoinPoint.StaticPart, Optional<ResolvedSite>> computeValue(Class<?> type) {
                    return new ConcurrentHashMap<>();
                }
            };
    private final ConcurrentHashMap<String, MethodStats> statsByMethod = new ConcurrentHashMap<>();
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
        ConcurrentHashMap<JoinPoint.StaticPart, Optional<ResolvedSite>> sites = byClass.get(signature.getDeclaringType());
        Optional<ResolvedSite> known = sites.get(joinPoint);
        if (known == null) {
            known = sites.computeIfAbsent(joinPoint, jp -> resolveFirstTime(signature));
        }
        return known.orElse(null);
    }

    private Optional<ResolvedSite> resolveFirstTime(MethodSignature signature) {
        String descriptor = GeneratedKeysLookup.descriptor(signature.getName(), signature.getParameterTypes());
        try {
            Optional<ResolvedSite> site = Optional.of(resolve(GeneratedKeysLookup.find(signature.getDeclaringType(), descriptor)));
            onFirstSite.run();
            return site;
        } catch (GeneratedKeysLookup.MissingKeyCodeException e) {
            LOG.log(Level.ERROR, "cached-completion: " + e.getMessage());
        } catch (Throwable e) {
            LOG.log(Level.ERROR, "cached-completion: cannot load the generated key code of "
                    + signature.getDeclaringType().getName() + "." + descriptor + "; the method runs uncached: " + e, e);
        }
        return Optional.empty();
    }

    /** The resolved form of a generated site; sites of one method share their counters. */
    ResolvedSite resolve(MethodSite site) {
        ResultShape shape = site.streamed() ? streams.of(site) : site.async() ? futures : PlainShape.INSTANCE;
        return new ResolvedSite(site, shape, statsByMethod.computeIfAbsent(site.identity(), MethodStats::new));
    }

    List<MethodStats> allStats() {
        return new ArrayList<>(statsByMethod.values());
    }
}
