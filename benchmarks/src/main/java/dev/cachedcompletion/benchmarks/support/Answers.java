package dev.cachedcompletion.benchmarks.support;

/** The answer every benchmarked method returns: 512 ASCII characters, the size of a short completion. */
public final class Answers {

    public static final String ANSWER = Prompts.text(512);

    private Answers() {
    }
}
