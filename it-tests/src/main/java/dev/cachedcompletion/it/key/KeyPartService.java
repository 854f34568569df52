package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.KeyPart;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The model settings an instance was built with are key parts: a field and a method. The counter is
 * passed in so that several instances can be seen sharing (or not sharing) entries.
 */
public class KeyPartService {

    private final AtomicInteger calls;
    private final double temperature;

    @KeyPart
    final String model;

    public KeyPartService(AtomicInteger calls, String model, double temperature) {
        this.calls = calls;
        this.model = model;
        this.temperature = temperature;
    }

    @KeyPart
    String settings() {
        return "temperature=" + temperature;
    }

    @CachedCompletion
    public String complete(String prompt) {
        return "#" + calls.incrementAndGet() + " " + model + " " + settings() + ": " + prompt;
    }
}
