package dev.cachedcompletion.spring.unwoven;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.IOException;

/** The codec an integration would register for its response type: it reports the answer's token usage. */
public final class ReplyCodec implements CompletionCodec<Reply> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "test.Reply/1";
    }

    @Override
    public byte[] encode(Reply value) throws IOException {
        return JSON.writeValueAsBytes(value);
    }

    @Override
    public Reply decode(byte[] bytes) throws IOException {
        return JSON.readValue(bytes, Reply.class);
    }

    @Override
    public TokenUsage usage(Reply value) {
        return new TokenUsage(value.model(), value.inputTokens(), value.outputTokens());
    }
}
