package dev.cachedcompletion.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.KeyEncoder;
import dev.cachedcompletion.spi.StreamAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The processor finds the encoder, the codecs and the stream adapter by these resources alone and generates
 * {@code new <named class>()}: each must name a public class with a public no-argument constructor
 * that implements the SPI for exactly the type the resource is named after.
 */
class RegistrationResourcesTest {

    @Test
    void theKeyEncoderResourceNamesTheEncoderOfChatCompletionCreateParams() throws Exception {
        Class<?> named = registered("dev/cachedcompletion/spi/keyencoders/" + ChatCompletionCreateParams.class.getName());
        assertThat(named).isEqualTo(ChatCompletionCreateParamsKeyEncoder.class);
        assertImplements(named, KeyEncoder.class, ChatCompletionCreateParams.class);
    }

    @Test
    void theCodecResourceNamesTheCodecOfChatCompletion() throws Exception {
        Class<?> named = registered("dev/cachedcompletion/spi/codecs/" + ChatCompletion.class.getName());
        assertThat(named).isEqualTo(ChatCompletionCodec.class);
        assertImplements(named, CompletionCodec.class, ChatCompletion.class);
    }

    @Test
    void theCodecResourceNamesTheCodecOfChatCompletionChunk() throws Exception {
        Class<?> named = registered("dev/cachedcompletion/spi/codecs/" + ChatCompletionChunk.class.getName());
        assertThat(named).isEqualTo(ChatCompletionChunkCodec.class);
        assertImplements(named, CompletionCodec.class, ChatCompletionChunk.class);
    }

    @Test
    void theStreamResourceNamesTheAdapterOfStreamResponse() throws Exception {
        Class<?> named = registered("dev/cachedcompletion/spi/streams/" + StreamResponse.class.getName());
        assertThat(named).isEqualTo(StreamResponseStreams.class);
        // StreamAdapter<StreamResponse<?>>: the processor compares the raw type with the method's return type.
        assertImplements(named, StreamAdapter.class, StreamResponse.class);
    }

    private static Class<?> registered(String resource) throws IOException, ReflectiveOperationException {
        try (InputStream in = RegistrationResourcesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String[] lines = new String(in.readAllBytes(), UTF_8).strip().split("\\R");
            assertThat(lines).as("lines of " + resource).hasSize(1);
            Class<?> named = Class.forName(lines[0].strip());
            assertThat(Modifier.isPublic(named.getModifiers())).isTrue();
            assertThat(Modifier.isPublic(named.getConstructor().getModifiers())).isTrue();
            named.getConstructor().newInstance();
            return named;
        }
    }

    private static void assertImplements(Class<?> named, Class<?> spi, Class<?> type) {
        Type[] interfaces = named.getGenericInterfaces();
        assertThat(Arrays.stream(interfaces)
                .filter(ParameterizedType.class::isInstance)
                .map(ParameterizedType.class::cast)
                .filter(p -> p.getRawType() == spi)
                .map(p -> p.getActualTypeArguments()[0])
                .map(argument -> argument instanceof ParameterizedType generic ? generic.getRawType() : argument))
                .as(named.getName() + " implements " + spi.getSimpleName() + "<" + type.getName() + ">")
                .containsExactly(type);
    }
}
