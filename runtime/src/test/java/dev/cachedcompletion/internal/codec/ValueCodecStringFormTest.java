package dev.cachedcompletion.internal.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cachedcompletion.support.ReturnType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code String} values go through Jackson's streaming core instead of databind: the stored bytes
 * must be exactly what databind writes (files written before keep working), and anything that is
 * not one JSON string is refused like any other mismatched value.
 */
class ValueCodecStringFormTest {

    private static final List<String> TEXTS = List.of("", "plain", "héllo – 日本語 \uD83D\uDE00",
            "\"quoted\" \\ back\\slash / slash", "control \n\r\t\u0000\u001f\u007f", "a".repeat(100_000));

    private final ValueCodec strings = ValueCodecRejectionTest.codec(new ReturnType<String>() { }, 5);

    @Test
    void writesTheBytesDatabindWrites() throws Exception {
        ObjectMapper databind = new ObjectMapper();
        for (String text : TEXTS) {
            byte[] encoded = strings.encode(text);

            assertThat(Arrays.copyOfRange(encoded, ValueCodec.HEADER_LENGTH, encoded.length))
                    .as(text).isEqualTo(databind.writeValueAsBytes(text));
            assertThat(strings.decode(encoded)).isEqualTo(text);
        }
    }

    @Test
    void refusesWhatIsNotOneJsonString() {
        for (String json : List.of("null", "42", "[\"x\"]", "{\"a\":\"b\"}", "\"x\" \"y\"", "\"unterminated", "")) {
            byte[] bytes = Arrays.copyOf(strings.encode("x"), ValueCodec.HEADER_LENGTH + json.length());
            System.arraycopy(json.getBytes(UTF_8), 0, bytes, ValueCodec.HEADER_LENGTH, json.length());

            assertThatThrownBy(() -> strings.decode(bytes)).as(json).isInstanceOf(ValueCodecException.class);
        }
    }

    @Test
    void readsStringsThatDatabindWroteWithOtherEscapes() {
        byte[] json = "\"\\u0068\\u00e9\\n\"".getBytes(UTF_8);
        byte[] escaped = Arrays.copyOf(strings.encode("x"), ValueCodec.HEADER_LENGTH + json.length);
        System.arraycopy(json, 0, escaped, ValueCodec.HEADER_LENGTH, json.length);

        assertThat(strings.decode(escaped)).isEqualTo("hé\n");
    }
}
