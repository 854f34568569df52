package dev.cachedcompletion.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cachedcompletion.spi.CompletionCodec;
import java.io.IOException;
import java.util.Arrays;

/** The checks every codec of this module passes, whatever SDK class it stores. */
final class CodecChecks {

    private CodecChecks() {
    }

    /** Encodes and decodes {@code original}, and checks that the copy {@code equals} it (and hashes alike). */
    static <T> T roundTrip(CompletionCodec<T> codec, T original) throws IOException {
        T decoded = codec.decode(codec.encode(original));
        assertThat(decoded).isNotSameAs(original).isEqualTo(original);
        assertThat(decoded.hashCode()).isEqualTo(original.hashCode());
        return decoded;
    }

    /** Every proper prefix of {@code whole} (a stored value cut short) is refused with an IOException. */
    static void everyTruncationIsRefused(CompletionCodec<?> codec, byte[] whole) {
        for (int length = 0; length < whole.length; length++) {
            byte[] prefix = Arrays.copyOf(whole, length);
            try {
                codec.decode(prefix);
                fail("A prefix of %d of %d bytes was accepted: %s", length, whole.length, new String(prefix, UTF_8));
            } catch (IOException expected) {
                // refused, as it must be
            }
        }
    }
}
