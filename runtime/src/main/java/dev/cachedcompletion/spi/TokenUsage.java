package dev.cachedcompletion.spi;

/**
 * The tokens a model spent on one answer, as the answer itself reports them (a response's
 * {@code usage}). The cache keeps it with a stored answer, so that each hit can count the tokens
 * (and, with prices configured, the money) it did not spend.
 *
 * @param model        the model that produced the answer as the response names it (e.g.
 *                     {@code "gpt-4o-mini-2024-07-18"}), or {@code null} if the response does not say;
 *                     prices are looked up by it
 * @param inputTokens  prompt tokens, never negative
 * @param outputTokens completion tokens (reasoning tokens included), never negative
 */
public record TokenUsage(String model, long inputTokens, long outputTokens) {

    /** Rejects negative counts, which no provider reports; a codec returns {@code null} when unsure. */
    public TokenUsage {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative: " + inputTokens + "/" + outputTokens);
        }
        if (model != null && model.isBlank()) {
            model = null;
        }
    }

    /** Whether no token was reported at all (providers send zero counts for "not reported"). */
    public boolean isEmpty() {
        return inputTokens == 0 && outputTokens == 0;
    }
}
