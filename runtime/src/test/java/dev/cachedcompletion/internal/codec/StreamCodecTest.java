package dev.cachedcompletion.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.internal.stream.RecordedStream;
import dev.cachedcompletion.internal.stream.Recording;
import dev.cachedcompletion.internal.stream.StreamListener;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.StreamAdapter;
import dev.cachedcompletion.support.FlowPublisherStreams;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recorded stream is stored as its elements and their offsets, read back equal, and refused when it is not one. */
class StreamCodecTest {

    record Token(int index, String text) {
    }

    /** A {@code Flow.Publisher<T>} method, as the processor would generate it. */
    private static final class StreamSite extends MethodSite {
        StreamSite(ReturnType<?> elementType) {
            super("streams.Chat#tokens(java.lang.String)", 1, "m", -1, elementType, true, 7, "#0");
        }

        @Override
        public StreamAdapter<?> streamAdapter() {
            return new FlowPublisherStreams();
        }

        @Override
        public CacheKey key(Object target, Object[] args) {
            return newKey(args.clone());
        }
    }

    private static StreamCodec codec(ReturnType<?> elementType) {
        return StreamCodec.forSite(new StreamSite(elementType));
    }

    @Test
    void elementsAndOffsetsComeBackEqualAndTheDocumentIsReadableJson() {
        StreamCodec codec = codec(new ReturnType<Token>() { });
        RecordedStream recorded = new RecordedStream(List.of(new Token(0, "Why"), new Token(1, " did")), new long[] {3, 41});

        byte[] bytes = codec.encode(recorded);
        RecordedStream decoded = (RecordedStream) codec.decode(bytes);

        assertThat(decoded.elements()).containsExactly(new Token(0, "Why"), new Token(1, " did"));
        assertThat(decoded.offsetsMillis()).containsExactly(3, 41);
        assertThat(new String(bytes, 8, bytes.length - 8, StandardCharsets.UTF_8))
                .isEqualTo("{\"elements\":[{\"index\":0,\"text\":\"Why\"},{\"index\":1,\"text\":\" did\"}],\"offsetsMillis\":[3,41]}");
    }

    @Test
    void aValueOfTheElementTypeIsNotAStreamNorAStreamOfAnotherElementType() {
        byte[] strings = codec(new ReturnType<String>() { }).encode(new RecordedStream(List.of("a"), new long[] {0}));
        byte[] plainString = ValueCodec.forSite(new SyntheticSite("streams.Chat#tokens(java.lang.String)", 1, "m", -1,
                new ReturnType<String>() { }, true, 7, 1)).encode("a");
        assertThat(codec(new ReturnType<String>() { }).decode(strings)).isInstanceOf(RecordedStream.class);

        assertThatThrownBy(() -> codec(new ReturnType<String>() { }).decode(plainString)).isInstanceOf(ValueCodecException.class);
        byte[] otherShape = strings.clone();
        otherShape[7] ^= 1;
        assertThatThrownBy(() -> codec(new ReturnType<String>() { }).decode(otherShape)).isInstanceOf(ValueCodecException.class);
    }

    @Test
    void damagedOrIncompleteDocumentsAreRefused() {
        StreamCodec codec = codec(new ReturnType<String>() { });
        byte[] whole = codec.encode(new RecordedStream(List.of("a", "b"), new long[] {0, 5}));
        String header = new String(whole, 0, 8, StandardCharsets.ISO_8859_1);
        for (String json : List.of("{\"elements\":[\"a\",\"b\"]}", "{\"elements\":[\"a\"],\"offsetsMillis\":[0,5]}",
                "{\"elements\":[\"a\",\"b\"],\"offsetsMillis\":[0,5],\"more\":[]}", "{\"elements\":[1,2],\"offsetsMillis\":[0,5]}",
                "{\"elements\":[\"a\",\"b\"],\"offsetsMillis\":[0,5]} []", "[]")) {
            byte[] bytes = (header + json).getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> codec.decode(bytes)).as(json).isInstanceOf(ValueCodecException.class);
        }
        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(whole, whole.length - 3))).isInstanceOf(ValueCodecException.class);
    }

    @Test
    void aRecordingKeptOnTheHeapDropsItsEncodedElementsAndWeighsMoreThanItsJson() {
        StreamCodec codec = codec(new ReturnType<String>() { });
        List<RecordedStream> completed = new ArrayList<>();
        Recording live = Recording.live(codec::encodeElement, new StreamListener() {
            @Override
            public void completed(RecordedStream recorded, Runnable then) {
                completed.add(recorded);
                then.run();
            }

            @Override
            public void failed(Throwable failure, Runnable then) {
                then.run();
            }

            @Override
            public void abandoned() {
            }
        });
        live.onNext("a");
        live.onNext("b");
        live.onNext("c");
        live.onComplete();
        RecordedStream recorded = completed.get(0);
        assertThat(recorded.encoded()).hasSize(3);
        int encodedLength = codec.encode(recorded).length;

        assertThat(((RecordedStream) codec.kept(recorded)).encoded()).isNull();
        assertThat(((RecordedStream) codec.kept(recorded)).elements()).containsExactly("a", "b", "c");
        assertThat(codec.keptWeight(recorded, encodedLength)).isEqualTo(encodedLength + 3 * StreamCodec.HEAP_BYTES_PER_ELEMENT);
    }
}
