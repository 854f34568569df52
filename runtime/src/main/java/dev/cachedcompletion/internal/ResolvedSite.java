package dev.cachedcompletion.internal;

import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.internal.codec.ValueCodec;

/** A cached method as the interceptor uses it: the generated site, its codec and its counters. */
final class ResolvedSite {

    final MethodSite method;
    final ValueCodec codec;
    final MethodStats stats;

    ResolvedSite(MethodSite method, MethodStats stats) {
        this.method = method;
        this.codec = ValueCodec.forSite(method);
        this.stats = stats;
    }
}
