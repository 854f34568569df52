package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.ExcludeFromKey;
import dev.cachedcompletion.KeyIncludesSecret;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Credentials and callbacks as parameters: one cache per API key where the answer depends on it, a
 * token that does not change the answer, and a token listener that cannot be keyed at all.
 */
public class TenantService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String perTenant(String prompt, @KeyIncludesSecret String apiKey) {
        return "tenant answer #" + calls.incrementAndGet();
    }

    @CachedCompletion
    public String shared(String prompt, @ExcludeFromKey String token, @ExcludeFromKey Consumer<String> onToken) {
        onToken.accept("streamed");
        return "shared answer #" + calls.incrementAndGet();
    }
}
