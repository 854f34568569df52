package dev.cachedcompletion.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.internal.stream.RecordedStream;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The token usage a stored value carries between its header and its body. */
public class StoredUsageTest {

    /** A codec of strings whose usage a test scripts: "text|model|in|out" reports (model, in, out). */
    public static final class UsageCodec implements CompletionCodec<String> {
        private final Function<String, TokenUsage> usage;

        public UsageCodec(Function<String, TokenUsage> usage) {
            this.usage = usage;
        }

        @Override
        public String format() {
            return "test.Usage/1";
        }

        @Override
        public byte[] encode(String value) {
            return ("\"" + value + "\"").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String decode(byte[] bytes) {
            String json = new String(bytes, StandardCharsets.UTF_8);
            return json.substring(1, json.length() - 1);
        }

        @Override
        public TokenUsage usage(String value) {
            return usage.apply(value);
        }
    }

    /** Public: the engine's tests use it too. */
    public static final UsageCodec PARSING = new UsageCodec(value -> {
        String[] parts = value.split("\\|");
        return parts.length < 4 ? null
                : new TokenUsage(parts[1].isEmpty() ? null : parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]));
    });

    static MethodSite site(CompletionCodec<String> codec) {
        return new MethodSite("test#usage", 1, "m", -1, new ReturnType<String>() { }, true, 7, "#0") {
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
    void aValueWhoseCodecReportsUsageCarriesItAndStillDecodes() {
        ValueCodec codec = ValueCodec.forSite(site(PARSING));
        String value = "hi|gpt-4o-mini-2024-07-18|1234567|89";

        byte[] bytes = codec.encode(value);

        assertThat(bytes[2]).as("format version").isEqualTo(StoredUsage.FORMAT_VERSION);
        assertThat(StoredUsage.read(bytes)).isEqualTo(new TokenUsage("gpt-4o-mini-2024-07-18", 1234567, 89));
        assertThat(codec.decode(bytes)).isEqualTo(value);
        assertThat(codec.usage(value)).isEqualTo(new TokenUsage("gpt-4o-mini-2024-07-18", 1234567, 89));
    }

    @Test
    void aValueWithoutUsageKeepsTheFirstFormatByteForByte() {
        ValueCodec codec = ValueCodec.forSite(site(PARSING));

        byte[] bytes = codec.encode("no usage");

        assertThat(bytes[2]).isEqualTo(ValueCodec.FORMAT_VERSION);
        assertThat(Arrays.copyOfRange(bytes, ValueCodec.HEADER_LENGTH, bytes.length))
                .isEqualTo("\"no usage\"".getBytes(StandardCharsets.UTF_8));
        assertThat(StoredUsage.read(bytes)).isNull();
        assertThat(codec.decode(bytes)).isEqualTo("no usage");
    }

    @Test
    void zeroCountsAnUnnamedModelAndAThrowingCodecAreHandledAsTheyShouldBe() {
        assertThat(ValueCodec.forSite(site(PARSING)).usage("x||0|0")).as("zero: not reported").isNull();
        byte[] unnamed = ValueCodec.forSite(site(PARSING)).encode("x||3|4");
        assertThat(StoredUsage.read(unnamed)).isEqualTo(new TokenUsage(null, 3, 4));

        ValueCodec throwing = ValueCodec.forSite(site(new UsageCodec(value -> {
            throw new IllegalStateException("usage is broken");
        })));
        byte[] bytes = throwing.encode("still stored");
        assertThat(StoredUsage.read(bytes)).isNull();
        assertThat(throwing.decode(bytes)).isEqualTo("still stored");
    }

    @Test
    void aDamagedUsageBlockIsRefusedNotMisread() {
        ValueCodec codec = ValueCodec.forSite(site(PARSING));
        byte[] bytes = codec.encode("hi|model|300|400");

        byte[] cutInTheBlock = Arrays.copyOf(bytes, ValueCodec.HEADER_LENGTH + 2);
        assertThat(StoredUsage.read(cutInTheBlock)).isNull();
        assertThatThrownBy(() -> codec.decode(cutInTheBlock)).isInstanceOf(ValueCodecException.class);

        byte[] endlessVarint = Arrays.copyOf(bytes, bytes.length);
        Arrays.fill(endlessVarint, ValueCodec.HEADER_LENGTH, bytes.length, (byte) 0xFF);
        assertThat(StoredUsage.read(endlessVarint)).isNull();
        assertThatThrownBy(() -> codec.decode(endlessVarint)).isInstanceOf(ValueCodecException.class);

        byte[] unknownVersion = Arrays.copyOf(bytes, bytes.length);
        unknownVersion[2] = 3;
        assertThatThrownBy(() -> codec.decode(unknownVersion)).isInstanceOf(ValueCodecException.class);
    }

    @Test
    void aStreamCarriesTheUsageOfItsLastReportingElement() {
        StreamCodec codec = StreamCodec.forSite(site(PARSING));
        RecordedStream stream = new RecordedStream(List.of("a|m|1|1", "b", "c|gpt-4o|120|30", "d"), new long[] {0, 5, 9, 12});

        byte[] bytes = codec.encode(stream);

        assertThat(StoredUsage.read(bytes)).isEqualTo(new TokenUsage("gpt-4o", 120, 30));
        RecordedStream decoded = (RecordedStream) codec.decode(bytes);
        assertThat(decoded.elements()).isEqualTo(stream.elements());
        assertThat(codec.usage(decoded)).isEqualTo(new TokenUsage("gpt-4o", 120, 30));
    }

    @Test
    void aRecordingIsScannedForItsUsageOnceNotOnEveryHit() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        StreamCodec codec = StreamCodec.forSite(site(new UsageCodec(value -> {
            asked.incrementAndGet();
            return null;
        })));
        RecordedStream kept = (RecordedStream) codec.kept(new RecordedStream(List.of("a", "b", "c"), new long[] {0, 1, 2}));

        assertThat(codec.usage(kept)).isNull();
        assertThat(codec.usage(kept)).isNull();

        assertThat(asked).as("each element asked once, for the first hit only").hasValue(3);
    }

    @Test
    void aStreamWithoutUsageKeepsTheFirstFormat() {
        StreamCodec codec = StreamCodec.forSite(site(PARSING));

        byte[] bytes = codec.encode(new RecordedStream(List.of("a", "b"), new long[] {0, 1}));

        assertThat(bytes[2]).isEqualTo(ValueCodec.FORMAT_VERSION);
        assertThat(((RecordedStream) codec.decode(bytes)).elements()).containsExactly("a", "b");
    }
}
