package dev.cachedcompletion.benchmarks.support;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The requests and responses of {@code ClientValueHitBenchmark}. The plain-string method gets the
 * user message alone: 1 KB built per call (a new {@code String}, as {@link Prompts} {@code built}).
 * Both client libraries' requests hold a constant system message and that user message, model
 * {@code gpt-4o-mini}, temperature 0.2 and a token limit, built anew per call. Every answer is
 * {@link Answers#ANSWER} (512 characters); the client responses add an id, the dated model name,
 * token usage and finish reason, as the API returns them.
 */
public final class ClientFixtures {

    /** The size of the user message, as HitBenchmark's 1 KB row. */
    public static final int PROMPT_BYTES = 1024;

    static final String SYSTEM = "You are a helpful assistant. Answer in one paragraph of plain text.";
    static final String MODEL = "gpt-4o-mini";
    static final double TEMPERATURE = 0.2;
    static final int MAX_TOKENS = 400;

    private static final String TEMPLATE = Prompts.template(PROMPT_BYTES);

    private static final String ID = "chatcmpl-C3vBq9Xy1kL0aZQ2pWm7nRt4sUe8f";
    private static final String ANSWERING_MODEL = "gpt-4o-mini-2024-07-18";
    private static final int PROMPT_TOKENS = 241;
    private static final int COMPLETION_TOKENS = 108;

    /** What LangChain4j's chat model returns: a plain {@code ChatResponse} (langchain4j-core only). */
    public static final ChatResponse CHAT_RESPONSE = ChatResponse.builder()
            .aiMessage(AiMessage.from(Answers.ANSWER))
            .id(ID)
            .modelName(ANSWERING_MODEL)
            .tokenUsage(new TokenUsage(PROMPT_TOKENS, COMPLETION_TOKENS, PROMPT_TOKENS + COMPLETION_TOKENS))
            .finishReason(FinishReason.STOP)
            .build();

    /** What the OpenAI SDK returns: the API's JSON, parsed by the SDK's own mapper as its client does. */
    public static final ChatCompletion CHAT_COMPLETION = parse(completionJson());

    private ClientFixtures() {
    }

    /** The user message of one call: a new 1 KB {@code String} with the same content every call. */
    public static String prompt() {
        return TEMPLATE + Prompts.TOPIC;
    }

    /** A new LangChain4j request per call, as a service builds it. */
    public static ChatRequest chatRequest() {
        return ChatRequest.builder()
                .messages(SystemMessage.from(SYSTEM), UserMessage.from(prompt()))
                .modelName(MODEL)
                .temperature(TEMPERATURE)
                .maxOutputTokens(MAX_TOKENS)
                .build();
    }

    /** A new OpenAI SDK request per call, as a service builds it. */
    public static ChatCompletionCreateParams completionParams() {
        return ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addSystemMessage(SYSTEM)
                .addUserMessage(prompt())
                .temperature(TEMPERATURE)
                .maxCompletionTokens(MAX_TOKENS)
                .build();
    }

    private static String completionJson() {
        String content;
        try {
            content = ObjectMappers.jsonMapper().writeValueAsString(Answers.ANSWER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a string as JSON: " + e.getMessage(), e);
        }
        return """
                {
                  "id": "%s",
                  "object": "chat.completion",
                  "created": 1754642510,
                  "model": "%s",
                  "choices": [
                    {
                      "index": 0,
                      "message": {
                        "role": "assistant",
                        "content": %s,
                        "refusal": null,
                        "annotations": []
                      },
                      "logprobs": null,
                      "finish_reason": "stop"
                    }
                  ],
                  "usage": {
                    "prompt_tokens": %d,
                    "completion_tokens": %d,
                    "total_tokens": %d,
                    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                    "completion_tokens_details": {
                      "reasoning_tokens": 0,
                      "audio_tokens": 0,
                      "accepted_prediction_tokens": 0,
                      "rejected_prediction_tokens": 0
                    }
                  },
                  "service_tier": "default",
                  "system_fingerprint": "fp_34a54ae93c"
                }
                """.formatted(ID, ANSWERING_MODEL, content, PROMPT_TOKENS, COMPLETION_TOKENS,
                PROMPT_TOKENS + COMPLETION_TOKENS);
    }

    private static ChatCompletion parse(String json) {
        try {
            return ObjectMappers.jsonMapper().readValue(json, ChatCompletion.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the fixture completion does not parse: " + e.getMessage(), e);
        }
    }
}
