package dev.cachedcompletion.langchain4j;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialToolCall;
import java.util.Objects;

/**
 * One callback of LangChain4j's {@code StreamingChatResponseHandler}, as the cache records a streamed
 * answer: each event holds LangChain4j's own immutable value for that callback. A stored answer is
 * the list of its events in the order the model sent them, the last one a {@link Complete}; on a hit
 * the caller's handler receives them again through the same callbacks.
 *
 * <p>Public because the code the annotation processor generates names it (it is the element type of
 * {@link StreamingChatResponseHandlerAdapter}); applications do not need it. Immutable and
 * thread-safe; no component is ever {@code null} (the constructors throw {@link NullPointerException}).
 * The five kinds are closed: a new kind would be a new stored format.
 */
public sealed interface ChatStreamEvent {

    /** {@code onPartialResponse}: a piece of the answer's text. */
    record Partial(PartialResponse response) implements ChatStreamEvent {
        public Partial {
            Objects.requireNonNull(response, "response");
        }
    }

    /** {@code onPartialThinking}: a piece of the model's reasoning text. */
    record Thinking(PartialThinking thinking) implements ChatStreamEvent {
        public Thinking {
            Objects.requireNonNull(thinking, "thinking");
        }
    }

    /** {@code onPartialToolCall}: a piece of a tool call's arguments, with the call's index, id and name. */
    record ToolCallPart(PartialToolCall toolCall) implements ChatStreamEvent {
        public ToolCallPart {
            Objects.requireNonNull(toolCall, "toolCall");
        }
    }

    /** {@code onCompleteToolCall}: a tool call whose arguments are complete. */
    record ToolCall(CompleteToolCall toolCall) implements ChatStreamEvent {
        public ToolCall {
            Objects.requireNonNull(toolCall, "toolCall");
        }
    }

    /** {@code onCompleteResponse}: the whole response, the last event of a complete answer. */
    record Complete(ChatResponse response) implements ChatStreamEvent {
        public Complete {
            Objects.requireNonNull(response, "response");
        }
    }
}
