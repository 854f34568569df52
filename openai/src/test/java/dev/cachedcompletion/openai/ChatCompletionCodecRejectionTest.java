package dev.cachedcompletion.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.JsonField;
import com.openai.models.chat.completions.ChatCompletion;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored bytes are untrusted: anything that is not a chat completion this codec wrote is refused. */
class ChatCompletionCodecRejectionTest {

    private final ChatCompletionCodec codec = new ChatCompletionCodec();

    @Test
    void everyTruncationOfAnEncodedCompletionIsRefused() throws IOException {
        CodecChecks.everyTruncationIsRefused(codec, codec.encode(Fixtures.completion("logprobs")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{not json",
        "{\"id\":\"chatcmpl-1\",}",
        "null",
        "[]",
        "\"chat.completion\"",
        "42",
        // another library's stored answer
        "{\"aiMessage\":{\"text\":\"Hello\"},\"metadata\":{\"finishReason\":\"STOP\"}}",
        // a streamed chunk, not a completion
        "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[]}",
        // a required field missing, null, or of another type
        "{\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}",
        "{\"id\":null,\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}",
        "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":\"yesterday\",\"model\":\"m\",\"choices\":[]}",
        "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":{}}",
        // a completion followed by anything
        "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}{}",
        "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]} x",
    })
    void jsonThatIsNotOneChatCompletionIsRefused(String json) {
        assertThatThrownBy(() -> codec.decode(json.getBytes(UTF_8))).isInstanceOf(IOException.class);
    }

    @Test
    void emptyAndBinaryBytesAreRefused() {
        assertThatThrownBy(() -> codec.decode(new byte[0])).isInstanceOf(IOException.class);
        byte[] noise = new byte[512];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> codec.decode(noise)).isInstanceOf(IOException.class);
        byte[] gzipHeader = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
        assertThatThrownBy(() -> codec.decode(gzipHeader)).isInstanceOf(IOException.class);
    }

    @Test
    void theSmallestChatCompletionIsAccepted() throws IOException {
        // The counterpart of the refusals above: what they refuse is the envelope, not any JSON.
        codec.decode("{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}"
                .getBytes(UTF_8));
    }

    @Test
    void aCompletionThatDecodeWouldRefuseIsNotEncoded() {
        // Stored, it would be a miss on every read; refused, it is simply not cached.
        ChatCompletion withoutId = Fixtures.completion("text").toBuilder().id(JsonField.<String>ofNullable(null)).build();
        assertThatThrownBy(() -> codec.encode(withoutId))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("openai.ChatCompletion/1");
    }
}
