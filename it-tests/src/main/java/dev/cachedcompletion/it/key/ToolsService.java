package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.KeyPart;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A key part that is a list: copied into the key like a list argument. */
public class ToolsService {

    private final AtomicInteger calls;

    @KeyPart
    final List<String> tools;

    public ToolsService(AtomicInteger calls, List<String> tools) {
        this.calls = calls;
        this.tools = tools;
    }

    @CachedCompletion
    public String plan(String goal) {
        return "plan #" + calls.incrementAndGet() + " for " + goal + " with " + tools;
    }
}
