package dev.cachedcompletion.it.outcome;

import dev.cachedcompletion.CachedCompletion;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Always throws the exception instances it was built with, so callers can check identity. */
public class FailingService {

    public final AtomicInteger calls = new AtomicInteger();
    private final RuntimeException unchecked;
    private final IOException checked;

    public FailingService(RuntimeException unchecked, IOException checked) {
        this.unchecked = unchecked;
        this.checked = checked;
    }

    @CachedCompletion
    public String unchecked(String prompt) {
        calls.incrementAndGet();
        throw unchecked;
    }

    @CachedCompletion
    public String checked(String prompt) throws IOException {
        calls.incrementAndGet();
        throw checked;
    }
}
