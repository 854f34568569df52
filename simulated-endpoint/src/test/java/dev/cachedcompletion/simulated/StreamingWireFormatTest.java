package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A streamed answer on the wire: OpenAI's server-sent events, chunk by chunk, as they are written. */
@Timeout(30)
class StreamingWireFormatTest {

    private static final String STREAM = "\"stream\":true";
    private static final String WITH_USAGE = "\"stream_options\":{\"include_usage\":true}";
    private static final String WEATHER_TOOL = "\"tools\":[{\"type\":\"function\",\"function\":{"
            + "\"name\":\"get_weather\",\"parameters\":{\"type\":\"object\",\"properties\":{"
            + "\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"}}}}}]";

    private final SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO, Duration.ofMillis(1));
    private final RawClient client = new RawClient(endpoint);
    /** Five minutes between chunks: a stream that cannot end while a test runs. */
    private final SimulatedChatEndpoint slow = SimulatedChatEndpoint.start(0, Duration.ZERO, Duration.ofMinutes(5));

    @AfterEach
    void stop() {
        endpoint.close();
        slow.close();
    }

    @Test
    void streamsTheWholeAnswersTextOneWordPerChunk() throws Exception {
        String question = RawClient.ask("gpt-4o-mini", "What is the capital of France?");
        JsonNode whole = client.complete(question);

        List<JsonNode> chunks = chunks(client.send("POST", chatUrl(), RawClient.ask(
                "gpt-4o-mini", "What is the capital of France?", STREAM)));

        assertSameEnvelope(chunks);
        assertThat(chunks.get(0).at("/choices/0/delta").toString())
                .isEqualTo("{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null}");
        List<String> pieces = new ArrayList<>();
        for (JsonNode chunk : chunks.subList(1, chunks.size() - 1)) {
            assertThat(RawClient.fieldNames(chunk.at("/choices/0/delta"))).containsExactly("content");
            pieces.add(chunk.at("/choices/0/delta/content").asText());
        }
        assertThat(String.join("", pieces)).isEqualTo(whole.at("/choices/0/message/content").asText());
        assertThat(pieces).hasSize(whole.at("/usage/completion_tokens").asInt());
        assertThat(pieces.subList(1, pieces.size())).allSatisfy(piece -> assertThat(piece).matches(" \\S+"));
        JsonNode last = chunks.get(chunks.size() - 1);
        assertThat(last.at("/choices/0/delta").isEmpty()).isTrue();
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(chunks.subList(0, chunks.size() - 1))
                .allSatisfy(chunk -> assertThat(chunk.at("/choices/0/finish_reason").isNull()).isTrue());
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.has("usage")).isFalse());
    }

    @Test
    void endsWithAUsageChunkOnlyWhenAskedFor() throws Exception {
        JsonNode whole = client.complete(RawClient.ask("m", "Name three primes"));

        List<JsonNode> chunks = chunks(client.send("POST", chatUrl(), RawClient.ask(
                "m", "Name three primes", STREAM, WITH_USAGE)));

        assertSameEnvelope(chunks);
        JsonNode usage = chunks.get(chunks.size() - 1);
        assertThat(usage.get("choices")).isEmpty();
        assertThat(usage.get("usage")).isEqualTo(whole.get("usage"));
        assertThat(chunks.get(chunks.size() - 2).at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(chunks.subList(0, chunks.size() - 1))
                .allSatisfy(chunk -> assertThat(chunk.get("usage").isNull()).isTrue());
    }

    @Test
    void streamsAToolCallWithItsArgumentsInPieces() throws Exception {
        JsonNode whole = client.complete(RawClient.ask("m", "Weather in Paris?", WEATHER_TOOL));

        List<JsonNode> chunks = chunks(client.send("POST", chatUrl(), RawClient.ask(
                "m", "Weather in Paris?", WEATHER_TOOL, STREAM)));

        assertSameEnvelope(chunks);
        JsonNode wholeCall = whole.at("/choices/0/message/tool_calls/0");
        JsonNode first = chunks.get(0).at("/choices/0/delta");
        assertThat(first.get("role").asText()).isEqualTo("assistant");
        assertThat(first.get("content").isNull()).isTrue();
        assertThat(first.at("/tool_calls/0/index").asInt()).isZero();
        assertThat(first.at("/tool_calls/0/id").asText()).matches("call_sim_\\d+");
        assertThat(first.at("/tool_calls/0/type").asText()).isEqualTo("function");
        assertThat(first.at("/tool_calls/0/function/name").asText()).isEqualTo("get_weather");
        assertThat(first.at("/tool_calls/0/function/arguments").asText()).isEmpty();
        StringBuilder arguments = new StringBuilder();
        for (JsonNode chunk : chunks.subList(1, chunks.size() - 1)) {
            JsonNode call = chunk.at("/choices/0/delta/tool_calls/0");
            assertThat(RawClient.fieldNames(call)).containsExactly("index", "function");
            arguments.append(call.at("/function/arguments").asText());
        }
        assertThat(chunks.size()).isGreaterThan(3); // the arguments really come in more than one piece
        assertThat(arguments.toString()).isEqualTo(wholeCall.at("/function/arguments").asText());
        assertThat(chunks.get(chunks.size() - 1).at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
    }

    /**
     * The rest of the stream is minutes away, so a server that held the chunks back until the end
     * would show none before the timeout. The timeout runs apart from the test's thread because a
     * read blocked on the JDK's HttpClient does not answer an interrupt.
     */
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void sendsTheFirstChunkWhileTheRestIsStillToCome() throws Exception {
        HttpResponse<InputStream> response = new RawClient(slow).open(RawClient.ask("m", "hi", STREAM));
        BufferedReader events = reader(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        String first = events.readLine();
        assertThat(RawClient.parse(first.substring("data: ".length())).at("/choices/0/delta/role").asText())
                .isEqualTo("assistant");
        assertThat(events.readLine()).isEmpty();
        assertThat(slow.requestCount()).isEqualTo(1);
        assertThat(slow.streamedRequestCount()).isEqualTo(1);

        slow.close(); // in the middle of the stream

        assertThatThrownBy(() -> readToEnd(events)).isInstanceOf(IOException.class);
    }

    @Test
    void theBreakMarkerCutsTheStreamAfterAFewChunksWithoutDone() throws Exception {
        HttpResponse<InputStream> response = client.open(RawClient.ask(
                "m", "Tell me a story " + SimulatedChatEndpoint.BREAK_STREAM_MARKER, STREAM, WITH_USAGE));
        BufferedReader events = reader(response);
        List<String> received = new ArrayList<>();

        assertThatThrownBy(() -> {
            for (String line = events.readLine(); line != null; line = events.readLine()) {
                received.add(line);
            }
        }).isInstanceOf(IOException.class);

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> data = received.stream().filter(line -> line.startsWith("data: ")).toList();
        // A cut connection may drop chunks the client had not read yet (a reset discards what is buffered):
        // only "never more than was sent before the cut" is certain.
        assertThat(data).hasSizeLessThanOrEqualTo(4);
        assertThat(data).noneMatch(line -> line.contains("[DONE]") || line.contains("finish_reason\":\"")
                || line.contains("prompt_tokens"));
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(endpoint.streamedRequestCount()).isEqualTo(1);
    }

    @Test
    void theBreakMarkerLeavesAWholeAnswerAlone() throws Exception {
        JsonNode whole = client.complete(RawClient.ask("m", "Tell me a story " + SimulatedChatEndpoint.BREAK_STREAM_MARKER));

        assertThat(whole.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    /** The chunks of a complete stream, after checking its framing: data events only, then [DONE]. */
    private static List<JsonNode> chunks(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        String body = response.body();
        assertThat(body).endsWith("\n\ndata: [DONE]\n\n");
        String[] events = body.substring(0, body.length() - "\n\ndata: [DONE]\n\n".length()).split("\n\n", -1);
        List<JsonNode> chunks = new ArrayList<>();
        for (String event : events) {
            assertThat(event).startsWith("data: ").doesNotContain("\n");
            chunks.add(RawClient.parse(event.substring("data: ".length())));
        }
        return chunks;
    }

    private static void assertSameEnvelope(List<JsonNode> chunks) {
        JsonNode first = chunks.get(0);
        assertThat(first.get("id").asText()).matches("chatcmpl-sim-\\d+");
        for (JsonNode chunk : chunks) {
            assertThat(chunk.get("object").asText()).isEqualTo("chat.completion.chunk");
            for (String field : List.of("id", "created", "model", "system_fingerprint", "service_tier")) {
                assertThat(chunk.get(field)).as(field).isEqualTo(first.get(field));
            }
        }
    }

    private String chatUrl() {
        return client.baseUrl() + "/chat/completions";
    }

    private static BufferedReader reader(HttpResponse<InputStream> response) {
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    private static void readToEnd(BufferedReader reader) throws IOException {
        while (reader.readLine() != null) {
            // drains what is left, if anything is
        }
    }
}
