package dev.cachedcompletion.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.testing.SyntheticSite;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A value written by the codec reads back equal, with its full generic type. */
class ValueCodecRoundTripTest {

    record Answer(String text, int tokens, List<String> citations) {
    }

    record Timed(Instant at, Optional<String> note) {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
    @JsonSubTypes({@JsonSubTypes.Type(value = Text.class, name = "text"), @JsonSubTypes.Type(value = Refusal.class, name = "refusal")})
    sealed interface Reply permits Text, Refusal {
    }

    record Text(String content) implements Reply {
    }

    record Refusal(String reason) implements Reply {
    }

    @Test
    void nonAsciiString() {
        ValueCodec codec = codec(new ReturnType<String>() { });
        String text = "héllo – 日本語 \uD83D\uDE00 \"quoted\" \\ \n\u0000";

        assertThat(codec.decode(codec.encode(text))).isEqualTo(text);
    }

    @Test
    void record() {
        ValueCodec codec = codec(new ReturnType<Answer>() { });
        Answer answer = new Answer("forty-two", 3, List.of("a", "b"));

        assertThat(codec.decode(codec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void listOfRecordsKeepsItsElementType() {
        ValueCodec codec = codec(new ReturnType<List<Answer>>() { });
        List<Answer> answers = List.of(new Answer("x", 1, List.of()), new Answer("y", 2, List.of("c")));

        Object decoded = codec.decode(codec.encode(answers));

        assertThat(decoded).isEqualTo(answers);
        assertThat((List<?>) decoded).allSatisfy(a -> assertThat(a).isInstanceOf(Answer.class));
    }

    @Test
    void mapOfStringToListOfIntegers() {
        ValueCodec codec = codec(new ReturnType<Map<String, List<Integer>>>() { });
        Map<String, List<Integer>> value = Map.of("primes", List.of(2, 3, 5), "empty", List.of());

        assertThat(codec.decode(codec.encode(value))).isEqualTo(value);
    }

    @Test
    void javaTimeAndOptionalComponents() {
        ValueCodec codec = codec(new ReturnType<Timed>() { });
        Timed timed = new Timed(Instant.parse("2024-05-01T12:34:56.789Z"), Optional.of("note"));

        assertThat(codec.decode(codec.encode(timed))).isEqualTo(timed);
    }

    @Test
    void polymorphismByDeclaredTypeNamesStillWorks() {
        // Class-name ids are refused (see ValueCodecTypeIdTest); names the type itself declares are not.
        ValueCodec codec = codec(new ReturnType<List<Reply>>() { });
        List<Reply> replies = List.of(new Text("hi"), new Refusal("policy"));

        assertThat(codec.decode(codec.encode(replies))).isEqualTo(replies);
    }

    @Test
    void valueJacksonCannotWriteIsACodecException() {
        ValueCodec codec = codec(new ReturnType<Object>() { });

        assertThatThrownBy(() -> codec.encode(new Object())).isInstanceOf(ValueCodecException.class)
                .hasMessageContaining("java.lang.Object");
    }

    static ValueCodec codec(ReturnType<?> type) {
        return ValueCodec.forSite(SyntheticSite.returning("codec.Service#ask(java.lang.String)", type, false));
    }
}
