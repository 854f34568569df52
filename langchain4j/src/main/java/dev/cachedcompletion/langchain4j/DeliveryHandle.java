package dev.cachedcompletion.langchain4j;

import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link StreamingHandle} a caller's handler gets with each partial the cache delivers:
 * {@link #cancel()} stops the delivery to this handler (and, if no other caller reads the same live
 * stream, the model's stream). Cancelling twice does nothing more. {@link #isCancelled()} says whether
 * this handle was cancelled. Thread-safe.
 */
final class DeliveryHandle implements StreamingHandle {

    private final Runnable cancel;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    DeliveryHandle(Runnable cancel) {
        this.cancel = cancel;
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            cancel.run();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
