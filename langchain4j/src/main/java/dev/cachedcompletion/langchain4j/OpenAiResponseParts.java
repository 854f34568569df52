package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.langchain4j.ResponseJson.InputDetails;
import dev.cachedcompletion.langchain4j.ResponseJson.Kind;
import dev.cachedcompletion.langchain4j.ResponseJson.LogProbJson;
import dev.cachedcompletion.langchain4j.ResponseJson.Metadata;
import dev.cachedcompletion.langchain4j.ResponseJson.OutputDetails;
import dev.cachedcompletion.langchain4j.ResponseJson.Usage;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.openai.LogProb;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The OpenAI parts of a stored response: {@code OpenAiChatResponseMetadata} and
 * {@code OpenAiTokenUsage}. The only class of this module's codec side that touches
 * langchain4j-open-ai; it is loaded only after {@link OpenAiClasses} has matched a class name or
 * found the module present, so its methods take and return core types.
 *
 * <p>Dropped: {@code rawHttpResponse} and {@code rawServerSentEvents}, the transport record of the
 * call that produced the answer. A hit makes no call, so they would describe a request that did
 * not happen; the HTTP headers carry organisation and request ids; and
 * {@code SuccessfulHttpResponse} has no {@code equals}, so no stored copy could ever be equal to
 * the original anyway. Kept: everything else {@code equals} compares. Stateless.
 */
final class OpenAiResponseParts {

    private OpenAiResponseParts() {}

    static Metadata metadata(ChatResponseMetadata common) throws IOException {
        OpenAiChatResponseMetadata metadata = (OpenAiChatResponseMetadata) common;
        return new Metadata(
                Kind.OPENAI,
                metadata.id(),
                metadata.modelName(),
                metadata.finishReason(),
                ResponseWriter.usage(storedUsage(metadata)),
                metadata.created(),
                metadata.serviceTier(),
                metadata.systemFingerprint(),
                logProbs(metadata.logProbs()));
    }

    /**
     * The token usage the metadata holds. Its {@code tokenUsage()} accessor turns a plain
     * {@code TokenUsage} into an {@code OpenAiTokenUsage} without details, while {@code equals}
     * compares the field as it is; the two can be told apart only by rebuilding the metadata with
     * the plain usage and comparing.
     */
    private static TokenUsage storedUsage(OpenAiChatResponseMetadata metadata) {
        OpenAiTokenUsage seen = metadata.tokenUsage();
        if (seen == null || seen.inputTokensDetails() != null || seen.outputTokensDetails() != null) {
            return seen;
        }
        TokenUsage plain = new TokenUsage(seen.inputTokenCount(), seen.outputTokenCount(), seen.totalTokenCount());
        return metadata.toBuilder().tokenUsage(plain).build().equals(metadata) ? plain : seen;
    }

    static Usage usage(TokenUsage common) {
        OpenAiTokenUsage usage = (OpenAiTokenUsage) common;
        OpenAiTokenUsage.InputTokensDetails input = usage.inputTokensDetails();
        OpenAiTokenUsage.OutputTokensDetails output = usage.outputTokensDetails();
        return new Usage(
                Kind.OPENAI,
                usage.inputTokenCount(),
                usage.outputTokenCount(),
                usage.totalTokenCount(),
                input == null ? null : new InputDetails(input.cachedTokens()),
                output == null ? null : new OutputDetails(output.reasoningTokens()));
    }

    static ChatResponseMetadata readMetadata(Metadata json) throws IOException {
        return OpenAiChatResponseMetadata.builder()
                .id(json.id())
                .modelName(json.modelName())
                .tokenUsage(ResponseReader.usage(json.tokenUsage()))
                .finishReason(json.finishReason())
                .created(json.created())
                .serviceTier(json.serviceTier())
                .systemFingerprint(json.systemFingerprint())
                .logProbs(readLogProbs(json.logProbs()))
                .build();
    }

    static TokenUsage readUsage(Usage json) {
        InputDetails input = json.inputTokensDetails();
        OutputDetails output = json.outputTokensDetails();
        return OpenAiTokenUsage.builder()
                .inputTokenCount(json.inputTokenCount())
                .outputTokenCount(json.outputTokenCount())
                .totalTokenCount(json.totalTokenCount())
                .inputTokensDetails(input == null ? null : OpenAiTokenUsage.InputTokensDetails.builder()
                        .cachedTokens(input.cachedTokens())
                        .build())
                .outputTokensDetails(output == null ? null : OpenAiTokenUsage.OutputTokensDetails.builder()
                        .reasoningTokens(output.reasoningTokens())
                        .build())
                .build();
    }

    private static List<LogProbJson> logProbs(List<LogProb> logProbs) {
        if (logProbs == null) {
            return null;
        }
        List<LogProbJson> json = new ArrayList<>(logProbs.size());
        for (LogProb logProb : logProbs) {
            json.add(logProb == null
                    ? null
                    : new LogProbJson(logProb.token(), logProb.logprob(), logProb.bytes(), logProbs(logProb.topLogprobs())));
        }
        return json;
    }

    /** Unmodifiable lists: OpenAiChatResponseMetadata and LogProb keep the lists they are given. */
    private static List<LogProb> readLogProbs(List<LogProbJson> json) {
        if (json == null) {
            return null;
        }
        List<LogProb> logProbs = new ArrayList<>(json.size());
        for (LogProbJson logProb : json) {
            logProbs.add(logProb == null
                    ? null
                    : LogProb.builder()
                            .token(logProb.token())
                            .logprob(logProb.logprob())
                            .bytes(logProb.bytes() == null ? null : Collections.unmodifiableList(logProb.bytes()))
                            .topLogprobs(readLogProbs(logProb.topLogprobs()))
                            .build());
        }
        return Collections.unmodifiableList(logProbs);
    }
}
