package dev.cachedcompletion.internal.codec;

import dev.cachedcompletion.spi.TokenUsage;
import dev.cachedcompletion.support.MethodSite;

/**
 * Turns one method's answers into stored bytes and back: a {@link ValueCodec} for values, a
 * {@link StreamCodec} for streamed answers. Thread-safe.
 */
public interface AnswerCodec {

    /** The answer's bytes; throws {@link ValueCodecException} if it cannot be written. */
    byte[] encode(Object answer);

    /** An answer from stored bytes; throws {@link ValueCodecException} for anything this codec did not write. */
    Object decode(byte[] bytes);

    /** Whether a decoded answer may be handed to every caller, because nothing can change it. */
    boolean sharesObjects(MethodSite site);

    /** What a store in the heap keeps of an answer it may share: the answer itself, by default. */
    default Object kept(Object answer) {
        return answer;
    }

    /**
     * The weight a store in the heap counts against its byte bound for the kept answer: its encoded
     * length by default, which is close for a value made of few objects.
     */
    default int keptWeight(Object answer, int encodedLength) {
        return encodedLength;
    }

    /**
     * The tokens the model spent on {@code answer}, as the integration's codec reports them, or
     * {@code null} if it does not say. Never throws.
     */
    default TokenUsage usage(Object answer) {
        return null;
    }

    /** The codec of {@code site}'s answers: a stream codec for a streaming method, else a value codec. */
    static AnswerCodec forSite(MethodSite site) {
        return site.streamed() ? StreamCodec.forSite(site) : ValueCodec.forSite(site);
    }
}
