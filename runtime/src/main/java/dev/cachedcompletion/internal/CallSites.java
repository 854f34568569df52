package dev.cachedcompletion.internal;

import dev.cachedcompletion.support.MethodSite;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.reflect.MethodSignature;

/**
 * Resolves each woven join point to its generated site once, then answers from a map keyed by the
 * join point's static part (one object per join point, compared by identity). Thread-safe.
 */
final class CallSites {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    /** Marks a join point that cannot be cached (woven but not processed); it runs uncached. */
    private static final Object UNCACHED = new Object();

    private final ConcurrentHashMap<Object, Object> byJoinPoint = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, MethodStats> statsByMethod = new ConcurrentHashMap<>();

    /** The site of this join point, or {@code null} if the method must run uncached. */
    ResolvedSite resolve(JoinPoint.StaticPart joinPoint) {
        Object known = byJoinPoint.get(joinPoint);
        if (known == null) {
            known = byJoinPoint.computeIfAbsent(joinPoint, this::resolveFirstTime);
        }
        return known == UNCACHED ? null : (ResolvedSite) known;
    }

    private Object resolveFirstTime(Object joinPoint) {
        MethodSignature signature = (MethodSignature) ((JoinPoint.StaticPart) joinPoint).getSignature();
        String descriptor = GeneratedKeysLookup.descriptor(signature.getName(), signature.getParameterTypes());
        try {
            ResolvedSite site = resolve(GeneratedKeysLookup.find(signature.getDeclaringType(), descriptor));
            StatisticsMXBeanRegistration.registerInBackground();
            return site;
        } catch (GeneratedKeysLookup.MissingKeyCodeException e) {
            LOG.log(Level.ERROR, "cached-completion: " + e.getMessage());
            return UNCACHED;
        }
    }

    /** The resolved form of a generated site; sites of one method share their counters. */
    ResolvedSite resolve(MethodSite site) {
        return new ResolvedSite(site, statsByMethod.computeIfAbsent(site.identity(), MethodStats::new));
    }

    List<MethodStats> allStats() {
        return new ArrayList<>(statsByMethod.values());
    }
}
