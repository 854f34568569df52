package dev.cachedcompletion.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An integration's {@link CompletionCodec}, framed by the runtime's header. */
class PluggedCodecTest {

    /** A value Jackson could not rebuild on its own. */
    static final class Reply {
        final String text;

        private Reply(String text) {
            this.text = text;
        }
    }

    static final class ReplyCodec implements CompletionCodec<Reply> {
        private final String format;
        private final boolean immutable;

        ReplyCodec(String format, boolean immutable) {
            this.format = format;
            this.immutable = immutable;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public byte[] encode(Reply value) {
            return value.text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Reply decode(byte[] bytes) throws IOException {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("!")) {
                throw new IOException("not a reply: " + text);
            }
            return text.equals("null") ? null : new Reply(text);
        }

        @Override
        public boolean immutableValues() {
            return immutable;
        }
    }

    /** A site as the processor writes it when an integration registered a codec. */
    static MethodSite site(CompletionCodec<Reply> codec) {
        return new MethodSite("test#ask", 1, "m", -1, new ReturnType<Reply>() { }, false, 42, "#0") {
            @Override
            public CacheKey key(Object target, Object[] args) {
                return newKey(args);
            }

            @Override
            public CompletionCodec<?> codec() {
                return codec;
            }
        };
    }

    @Test
    void roundTripsThroughTheIntegrationCodecBehindTheRuntimeHeader() {
        ValueCodec codec = ValueCodec.forSite(site(new ReplyCodec("test.Reply/1", false)));

        byte[] bytes = codec.encode(new Reply("héllo"));

        assertThat(bytes[3]).isEqualTo(ValueCodec.PLUGGED_CODEC);
        assertThat(new String(bytes, ValueCodec.HEADER_LENGTH, bytes.length - ValueCodec.HEADER_LENGTH,
                StandardCharsets.UTF_8)).isEqualTo("héllo");
        assertThat(((Reply) codec.decode(bytes)).text).isEqualTo("héllo");
    }

    @Test
    void aNewFormatVersionIsAMissNotAMisread() {
        byte[] written = ValueCodec.forSite(site(new ReplyCodec("test.Reply/1", false))).encode(new Reply("x"));
        ValueCodec upgraded = ValueCodec.forSite(site(new ReplyCodec("test.Reply/2", false)));

        assertThatThrownBy(() -> upgraded.decode(written)).isInstanceOf(ValueCodecException.class)
                .hasMessageContaining("another shape");
    }

    @Test
    void jacksonBytesAreRefusedByAPluggedSiteAndTheOtherWayRound() {
        ValueCodec plugged = ValueCodec.forSite(site(new ReplyCodec("test.Reply/1", false)));
        ValueCodec strings = ValueCodec.forSite(dev.cachedcompletion.testing.SyntheticSite.strings("test#ask", 1));

        assertThatThrownBy(() -> plugged.decode(strings.encode("x"))).isInstanceOf(ValueCodecException.class)
                .hasMessageContaining("unknown header");
        assertThatThrownBy(() -> strings.decode(plugged.encode(new Reply("x")))).isInstanceOf(ValueCodecException.class)
                .hasMessageContaining("unknown header");
    }

    @Test
    void codecFailuresAndNullsBecomeCodecExceptions() {
        ValueCodec codec = ValueCodec.forSite(site(new ReplyCodec("test.Reply/1", false)));

        assertThatThrownBy(() -> codec.decode(codec.encode(new Reply("!broken")))).isInstanceOf(ValueCodecException.class)
                .hasMessageContaining("not a reply");
        assertThatThrownBy(() -> codec.decode(codec.encode(new Reply("null")))).isInstanceOf(ValueCodecException.class)
                .hasMessageContaining("null");
    }

    @Test
    void objectsAreSharedOnlyWhenTheCodecSaysValuesAreImmutable() {
        MethodSite mutable = site(new ReplyCodec("test.Reply/1", false));
        MethodSite immutable = site(new ReplyCodec("test.Reply/1", true));

        assertThat(ValueCodec.forSite(mutable).sharesObjects(mutable)).isFalse();
        assertThat(ValueCodec.forSite(immutable).sharesObjects(immutable)).isTrue();
    }
}
