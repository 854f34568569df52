package dev.cachedcompletion.langchain4j;

/** Chat-completion bodies shaped like the OpenAI API's, for {@link FakeOpenAi}. */
final class OpenAiBodies {

    private OpenAiBodies() {}

    static final String USAGE_WITH_DETAILS = """
            "usage": {"prompt_tokens": 25, "completion_tokens": 9, "total_tokens": 34,
              "prompt_tokens_details": {"cached_tokens": 16, "audio_tokens": 0},
              "completion_tokens_details": {"reasoning_tokens": 3, "audio_tokens": 0,
                "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}}""";

    static final String TEXT = """
            {"id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT", "object": "chat.completion",
             "created": 1741569952, "model": "gpt-4o-mini-2024-07-18",
             "choices": [{"index": 0, "message": {"role": "assistant",
               "content": "Hello! \u00e9\u00e8 \u4e16\u754c \ud83c\udf0d \\n \\"quoted\\" \\u0000", "refusal": null},
               "logprobs": null, "finish_reason": "stop"}],
             %s,
             "service_tier": "default", "system_fingerprint": "fp_06737a9306"}
            """.formatted(USAGE_WITH_DETAILS);

    static final String TOOL_CALLS = """
            {"id": "chatcmpl-tools", "object": "chat.completion", "created": 1741570000,
             "model": "gpt-4o-mini-2024-07-18",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": null,
               "tool_calls": [
                 {"id": "call_abc123", "type": "function",
                  "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Z\u00fcrich\\"}"}},
                 {"id": "call_def456", "type": "function",
                  "function": {"name": "get_time", "arguments": "{}"}}]},
               "logprobs": null, "finish_reason": "tool_calls"}],
             "usage": {"prompt_tokens": 80, "completion_tokens": 40, "total_tokens": 120},
             "system_fingerprint": "fp_06737a9306"}
            """;

    static final String REASONING_AND_LOGPROBS = """
            {"id": "chatcmpl-logprobs", "object": "chat.completion", "created": 1741570100,
             "model": "o4-mini",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Yes",
               "reasoning_content": "The user asks a yes/no question."},
               "logprobs": {"content": [
                 {"token": "Yes", "logprob": -0.0000023392, "bytes": [89, 101, 115],
                  "top_logprobs": [
                    {"token": "Yes", "logprob": -0.0000023392, "bytes": [89, 101, 115], "top_logprobs": []},
                    {"token": "No", "logprob": -13.125, "bytes": [78, 111], "top_logprobs": []}]}]},
               "finish_reason": "length"}],
             %s}
            """.formatted(USAGE_WITH_DETAILS);

    /** Only what the API must send: no usage, no fingerprint, no tier, no finish reason. */
    static final String MINIMAL = """
            {"choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]}
            """;
}
