package dev.cachedcompletion.internal.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bytes the codec did not write for this exact shape are refused with {@link ValueCodecException},
 * which the interceptor turns into a miss. Never a value of the wrong shape, never another exception.
 */
class ValueCodecRejectionTest {

    record Answer(String text, int tokens) {
    }

    record AnswerV2(String text, int tokens, String model) {
    }

    private final ValueCodec answers = codec(new ReturnType<Answer>() { }, 7);
    private final byte[] valid = answers.encode(new Answer("forty-two", 3));

    @Test
    void truncatedHeader() {
        assertRefused(answers, Arrays.copyOf(valid, 5));
        assertRefused(answers, new byte[0]);
    }

    @Test
    void truncatedPayload() {
        assertRefused(answers, Arrays.copyOf(valid, valid.length - 3));
        assertRefused(answers, Arrays.copyOf(valid, ValueCodec.HEADER_LENGTH));
    }

    @Test
    void garbage() {
        byte[] random = new byte[64];
        new Random(42).nextBytes(random);
        assertRefused(answers, random);
        assertRefused(answers, "not a cached value at all".getBytes(UTF_8));
    }

    @Test
    void headerOfAnotherFormatOrCodec() {
        for (int i = 0; i < 4; i++) {
            byte[] damaged = valid.clone();
            damaged[i]++;
            assertRefused(answers, damaged);
        }
    }

    @Test
    void valueWrittenForAnotherShapeFingerprint() {
        ValueCodec sameTypeOtherShape = codec(new ReturnType<Answer>() { }, 8);

        assertRefused(sameTypeOtherShape, valid);
    }

    @Test
    void jsonOfAnotherClassShapeUnderTheSameFingerprint() {
        // Even if two shapes collided on the fingerprint, a missing or extra component is refused.
        ValueCodec v2 = codec(new ReturnType<AnswerV2>() { }, 7);
        ValueCodec list = codec(new ReturnType<List<Answer>>() { }, 7);

        assertRefused(v2, valid);
        assertRefused(answers, v2.encode(new AnswerV2("x", 1, "m")));
        assertRefused(list, valid);
    }

    @Test
    void storedNull() {
        byte[] nullValue = Arrays.copyOf(valid, ValueCodec.HEADER_LENGTH + 4);
        System.arraycopy("null".getBytes(UTF_8), 0, nullValue, ValueCodec.HEADER_LENGTH, 4);

        assertRefused(answers, nullValue);
    }

    @Test
    void trailingData() {
        byte[] twoValues = (new String(valid, UTF_8) + " {}").getBytes(UTF_8);

        assertRefused(answers, twoValues);
    }

    private static void assertRefused(ValueCodec codec, byte[] bytes) {
        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(ValueCodecException.class);
    }

    static ValueCodec codec(ReturnType<?> type, int shape) {
        return ValueCodec.forSite(new SyntheticSite("codec.Service#ask(java.lang.String)", 1, "m", -1, type, false,
                shape, 1));
    }
}
