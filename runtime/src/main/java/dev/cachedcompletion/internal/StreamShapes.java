package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.config.StreamPaceSelection;
import dev.cachedcompletion.support.MethodSite;
import java.util.concurrent.Executor;

/** Makes the {@link StreamShape} of each streaming site, sharing the library's threads among them. */
final class StreamShapes {

    private final Executor storeExecutor;
    private final Executor lookups;
    private final StreamPaceSelection pace;

    StreamShapes(Executor storeExecutor, Executor lookups, StreamPaceSelection pace) {
        this.storeExecutor = storeExecutor;
        this.lookups = lookups;
        this.pace = pace;
    }

    StreamShape of(MethodSite site) {
        return new StreamShape(site.streamAdapter(), site.handlerAdapter(), site.handlerIndex(),
                storeExecutor, lookups, pace);
    }
}
