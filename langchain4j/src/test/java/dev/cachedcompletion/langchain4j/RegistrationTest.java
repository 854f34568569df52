package dev.cachedcompletion.langchain4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.KeyEncoder;
import dev.cachedcompletion.spi.StreamingHandlerAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resources the processor reads name classes it can instantiate and call for the right type. */
class RegistrationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "dev/cachedcompletion/spi/keyencoders/dev.langchain4j.model.chat.request.ChatRequest, dev.cachedcompletion.spi.KeyEncoder",
        "dev/cachedcompletion/spi/codecs/dev.langchain4j.model.chat.response.ChatResponse, dev.cachedcompletion.spi.CompletionCodec",
        "dev/cachedcompletion/spi/codecs/dev.cachedcompletion.langchain4j.ChatStreamEvent, dev.cachedcompletion.spi.CompletionCodec",
        "dev/cachedcompletion/spi/handlers/dev.langchain4j.model.chat.response.StreamingChatResponseHandler, dev.cachedcompletion.spi.StreamingHandlerAdapter"
    })
    void resourceNamesAPublicImplementationForTheTypeInItsName(String resource, String spi) throws Exception {
        List<String> lines = lines(resource);
        Class<?> forType = Class.forName(resource.substring(resource.lastIndexOf('/') + 1));
        Class<?> spiType = Class.forName(spi);

        assertThat(lines).hasSize(1);
        Class<?> implementation = Class.forName(lines.get(0));
        assertThat(spiType).isIn(KeyEncoder.class, CompletionCodec.class, StreamingHandlerAdapter.class);
        assertThat(spiType).isAssignableFrom(implementation);
        assertThat(typeArgument(implementation, spiType)).isEqualTo(forType);
        assertThat(Modifier.isPublic(implementation.getModifiers())).isTrue();
        assertThat(Modifier.isPublic(implementation.getConstructor().getModifiers())).isTrue();
        assertThat(implementation.getConstructor().newInstance()).isNotNull();
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = RegistrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Arrays.stream(new String(in.readAllBytes(), UTF_8).split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        }
    }

    private static Type typeArgument(Class<?> implementation, Class<?> spi) {
        for (Type type : implementation.getGenericInterfaces()) {
            if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == spi) {
                return parameterized.getActualTypeArguments()[0];
            }
        }
        throw new AssertionError(implementation + " does not implement " + spi + " directly");
    }
}
