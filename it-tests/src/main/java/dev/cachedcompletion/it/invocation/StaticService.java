package dev.cachedcompletion.it.invocation;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.KeyPart;
import java.util.concurrent.atomic.AtomicInteger;

/** A static cached method with a static key part: no instance is involved anywhere. */
public final class StaticService {

    public static final AtomicInteger CALLS = new AtomicInteger();

    @KeyPart
    static volatile String region = "eu";

    private StaticService() {
    }

    public static void useRegion(String newRegion) {
        region = newRegion;
    }

    @CachedCompletion
    public static String classify(String text) {
        return "#" + CALLS.incrementAndGet() + " " + region + ": " + text;
    }
}
