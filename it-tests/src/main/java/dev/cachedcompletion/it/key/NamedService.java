package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A method with every identity attribute set. Tests plant entries under keys that differ from its key
 * in exactly one of name, model or version, which stands for "the same method built with another
 * attribute value" (one compilation cannot hold two methods of one name).
 */
public class NamedService {

    public static final String NAME = "it.named.ask";
    public static final String MODEL = "openai:gpt-4o-mini;temperature=0";
    public static final int VERSION = 3;

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion(name = NAME, model = MODEL, version = VERSION)
    public String ask(String question) {
        return "#" + calls.incrementAndGet() + " " + question;
    }
}
