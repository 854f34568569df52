package dev.cachedcompletion.reliability.core;

import dev.cachedcompletion.CachedCompletions;

/**
 * Forked-JVM entry point: calls a woven method under the store spec given with
 * {@code -Dcachedcompletion.store} (its first use in a fresh JVM), then under each spec given as an
 * argument, set as the property and re-read through {@link CachedCompletions#useConfiguredStore()}.
 * Prints one tab-separated line per spec and attempt: {@code index, attempt, body runs, outcome},
 * where the outcome is {@code OK} or the exception class and its message with line breaks escaped.
 */
public final class MalformedSpecProbe {

    private MalformedSpecProbe() {
    }

    public static void main(String[] args) {
        probe(0);
        for (int i = 0; i < args.length; i++) {
            System.setProperty("cachedcompletion.store", args[i]);
            CachedCompletions.useConfiguredStore();
            probe(i + 1);
        }
    }

    /** Two calls per spec: a malformed spec must fail every call, not only the first. */
    private static void probe(int index) {
        CountingService service = new CountingService();
        for (int attempt = 1; attempt <= 2; attempt++) {
            String outcome;
            try {
                service.complete("prompt");
                outcome = "OK";
            } catch (RuntimeException e) {
                outcome = e.getClass().getName() + "\t" + String.valueOf(e.getMessage()).replace("\n", "\\n");
            }
            System.out.println(index + "\t" + attempt + "\t" + service.totalCalls() + "\t" + outcome);
        }
    }
}
