package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionCodec;
import java.nio.charset.StandardCharsets;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;

/** The generated site of an application method returning a record, as {@link HotReloadTest} reloads it. */
public final class ReloadedSite extends MethodSite {

    /** The application's answer type: immutable, so the memory store keeps it as an object. */
    public record Answer(String text) {
    }

    public ReloadedSite() {
        super("reload.Service#ask(java.lang.String)", 1, "test-model", -1, new ReturnType<Answer>() { }, true, 0, "#0");
    }

    /**
     * The answer's codec, loaded with it. An integration codec rather than Jackson, whose shared type
     * caches would hold the first loader for a while: this test is about what the engine and the store keep.
     */
    public static final class AnswerCodec implements CompletionCodec<Answer> {
        @Override
        public String format() {
            return "answer-text";
        }

        @Override
        public byte[] encode(Answer value) {
            return value.text().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Answer decode(byte[] bytes) {
            return new Answer(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public boolean immutableValues() {
            return true;
        }
    }

    @Override
    public CompletionCodec<?> codec() {
        return new AnswerCodec();
    }

    @Override
    public CacheKey key(Object target, Object[] args) {
        return newKey(args.clone());
    }
}
