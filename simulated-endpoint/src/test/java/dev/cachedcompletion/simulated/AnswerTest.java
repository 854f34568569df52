package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the simulated model says: deterministic, plainly simulated, and shaped by tools and token limits. */
@Timeout(30)
class AnswerTest {

    private static final String WEATHER_TOOL = "\"tools\":[{\"type\":\"function\",\"function\":{"
            + "\"name\":\"get_weather\",\"description\":\"Weather for a city\",\"parameters\":{\"type\":\"object\","
            + "\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"},"
            + "\"ratio\":{\"type\":\"number\"},\"metric\":{\"type\":\"boolean\"},\"note\":{\"type\":[\"string\",\"null\"]},"
            + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"any\":{}},"
            + "\"required\":[\"city\"]}}},"
            + "{\"type\":\"function\",\"function\":{\"name\":\"second_tool\",\"parameters\":{\"type\":\"object\"}}}]";

    private final SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO);
    private final RawClient client = new RawClient(endpoint);

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void sameRequestGetsTheSameText() throws Exception {
        String request = RawClient.ask("gpt-4o-mini", "What is the capital of France?", "\"temperature\":0.2");

        assertThat(content(client.complete(request))).isEqualTo(content(client.complete(request)));
    }

    @Test
    void differentQuestionModelOrTemperatureGetsDifferentText() throws Exception {
        Set<String> answers = new HashSet<>();
        answers.add(content(client.complete(RawClient.ask("gpt-4o-mini", "What is the capital of France?"))));
        answers.add(content(client.complete(RawClient.ask("gpt-4o-mini", "What is the capital of Peru?"))));
        answers.add(content(client.complete(RawClient.ask("gpt-4o", "What is the capital of France?"))));
        answers.add(content(client.complete(
                RawClient.ask("gpt-4o-mini", "What is the capital of France?", "\"temperature\":1.5"))));

        assertThat(answers).hasSize(4);
    }

    @Test
    void restatesTheQuestionAndSaysItIsSimulated() throws Exception {
        String text = content(client.complete(RawClient.ask("gpt-4o-mini", "What is  the\ncapital of France?")));

        assertThat(text).startsWith("(simulated gpt-4o-mini) ").contains("\"What is the capital of France?\"");
    }

    @Test
    void jokeRequestsGetOneOfAFewFixedJokesChosenByTheRequest() throws Exception {
        Set<String> jokes = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            String text = content(client.complete(RawClient.ask("gpt-4o-mini", "Tell me a joke", "\"temperature\":" + i)));
            assertThat(text).startsWith("(simulated gpt-4o-mini) ").doesNotContain("You asked");
            jokes.add(text);
        }

        // Forty temperatures spread over the handful of jokes, and never beyond it.
        assertThat(jokes).hasSizeBetween(3, 5);
    }

    @Test
    void offeredToolsAreCalledWithPlaceholderArguments() throws Exception {
        JsonNode completion = client.complete(RawClient.ask("gpt-4o-mini", "Weather in Paris?", WEATHER_TOOL));

        JsonNode choice = completion.at("/choices/0");
        assertThat(choice.get("finish_reason").asText()).isEqualTo("tool_calls");
        assertThat(choice.at("/message/content").isNull()).isTrue();
        assertThat(choice.at("/message/tool_calls")).hasSize(1);
        JsonNode call = choice.at("/message/tool_calls/0");
        assertThat(call.get("id").asText()).isEqualTo(
                completion.get("id").asText().replace("chatcmpl-sim-", "call_sim_"));
        assertThat(call.get("type").asText()).isEqualTo("function");
        assertThat(call.at("/function/name").asText()).isEqualTo("get_weather");
        assertThat(call.at("/function/arguments").asText()).isEqualTo(
                "{\"city\":\"example\",\"days\":1,\"ratio\":1,\"metric\":true,\"note\":\"example\",\"tags\":null,\"any\":null}");
        assertThat(completion.at("/usage/completion_tokens").asInt()).isEqualTo(1);
    }

    @Test
    void toolResultsAreQuotedInTheAnswer() throws Exception {
        String request = "{\"model\":\"gpt-4o-mini\",\"messages\":["
                + "{\"role\":\"user\",\"content\":\"Weather in Paris?\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"Sunny, 21 degrees\"}],"
                + WEATHER_TOOL + "}";
        JsonNode completion = client.complete(request);

        assertThat(completion.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(completion.at("/choices/0/message/tool_calls").isMissingNode()).isTrue();
        assertThat(content(completion))
                .isEqualTo("(simulated gpt-4o-mini) The tool returned: \"Sunny, 21 degrees\".");
    }

    @Test
    void tokenLimitBelowTheAnswerCutsItToThatManyWords() throws Exception {
        String question = "What is the capital of France?";
        String whole = content(client.complete(RawClient.ask("m", question)));

        for (String limit : new String[] {"\"max_tokens\":4", "\"max_completion_tokens\":4"}) {
            JsonNode cut = client.complete(RawClient.ask("m", question, limit));
            assertThat(content(cut)).as(limit).isEqualTo(String.join(" ", Arrays.copyOf(whole.split(" "), 4)));
            assertThat(cut.at("/choices/0/finish_reason").asText()).as(limit).isEqualTo("length");
            assertThat(cut.at("/usage/completion_tokens").asInt()).as(limit).isEqualTo(4);
        }
    }

    @Test
    void tokenLimitAtTheAnswersLengthLeavesItWhole() throws Exception {
        String question = "What is the capital of France?";
        String whole = content(client.complete(RawClient.ask("m", question)));
        int words = whole.split(" ").length;

        JsonNode exact = client.complete(RawClient.ask("m", question, "\"max_tokens\":" + words));

        assertThat(content(exact)).isEqualTo(whole);
        assertThat(exact.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    private static String content(JsonNode completion) {
        return completion.at("/choices/0/message/content").asText();
    }
}
