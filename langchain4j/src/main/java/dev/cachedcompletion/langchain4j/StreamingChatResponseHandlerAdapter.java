package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.langchain4j.ChatStreamEvent.Complete;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Partial;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Thinking;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCall;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCallPart;
import dev.cachedcompletion.spi.ElementSink;
import dev.cachedcompletion.spi.StreamingHandlerAdapter;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * Caches {@code @CachedCompletion} methods that stream a LangChain4j answer into a
 * {@link StreamingChatResponseHandler} parameter, the way {@code StreamingChatModel.chat(request, handler)}
 * is called:
 *
 * <pre>{@code
 * @CachedCompletion
 * void chat(ChatRequest request, StreamingChatResponseHandler handler) {
 *     model.chat(request, handler);
 * }
 * }</pre>
 *
 * The handler is where the answer goes, not part of the key. On a miss the model streams into a
 * {@link RecordingHandler}, which records every callback as a {@link ChatStreamEvent}; the caller's
 * handler (and the handlers of callers who joined the same live stream) receives each one as it
 * arrives. On a hit the caller's handler receives the recorded events: the partial responses,
 * thinking and tool-call pieces, the complete tool calls, then the complete {@code ChatResponse}, as
 * from the model. Partials are delivered through the callbacks that take a context, whose
 * {@code StreamingHandle} cancels this caller's delivery; their default implementations call the
 * older one-argument callbacks, so handlers written either way receive them.
 *
 * <p>Registered by the resource
 * {@code dev/cachedcompletion/spi/handlers/dev.langchain4j.model.chat.response.StreamingChatResponseHandler}.
 * Stateless and thread-safe.
 */
public final class StreamingChatResponseHandlerAdapter
        implements StreamingHandlerAdapter<StreamingChatResponseHandler, ChatStreamEvent> {

    /** Used by generated code; the adapter holds no per-call state. */
    public StreamingChatResponseHandlerAdapter() {}

    @Override
    public StreamingChatResponseHandler recorder(ElementSink<ChatStreamEvent> sink) {
        return new RecordingHandler(sink);
    }

    @Override
    public void deliver(StreamingChatResponseHandler handler, ChatStreamEvent event, Runnable cancel) {
        if (event instanceof Partial partial) {
            handler.onPartialResponse(partial.response(), new PartialResponseContext(new DeliveryHandle(cancel)));
        } else if (event instanceof Thinking thinking) {
            handler.onPartialThinking(thinking.thinking(), new PartialThinkingContext(new DeliveryHandle(cancel)));
        } else if (event instanceof ToolCallPart part) {
            handler.onPartialToolCall(part.toolCall(), new PartialToolCallContext(new DeliveryHandle(cancel)));
        } else if (event instanceof ToolCall call) {
            handler.onCompleteToolCall(call.toolCall());
        } else {
            handler.onCompleteResponse(((Complete) event).response());
        }
    }

    @Override
    public void fail(StreamingChatResponseHandler handler, Throwable failure) {
        handler.onError(failure);
    }
}
