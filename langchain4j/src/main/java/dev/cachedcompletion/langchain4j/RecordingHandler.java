package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.langchain4j.ChatStreamEvent.Complete;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Partial;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Thinking;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCall;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCallPart;
import dev.cachedcompletion.spi.ElementSink;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The handler the model streams into on a miss: every callback becomes a {@link ChatStreamEvent} sent
 * to the cache's {@link ElementSink}; the complete response is the last event, then the sink is told
 * the stream is complete; an error fails it. Both forms of each partial callback are overridden, so
 * that a model calling the older one-argument form is recorded too (LangChain4j's defaults forward
 * the context form to it, never the other way round). The first context's {@link StreamingHandle} is
 * what the cache runs to stop the model's stream once every caller has cancelled. The model calls it
 * from its own threads, one callback at a time.
 */
final class RecordingHandler implements StreamingChatResponseHandler {

    private final ElementSink<ChatStreamEvent> sink;
    private final AtomicBoolean cancelRegistered = new AtomicBoolean();

    RecordingHandler(ElementSink<ChatStreamEvent> sink) {
        this.sink = sink;
    }

    @Override
    public void onPartialResponse(String text) {
        if (text != null && !text.isEmpty()) { // as LangChain4j skips them: PartialResponse refuses empty text
            sink.next(new Partial(new PartialResponse(text)));
        }
    }

    @Override
    public void onPartialResponse(PartialResponse response, PartialResponseContext context) {
        cancelWith(context == null ? null : context.streamingHandle());
        sink.next(new Partial(response));
    }

    @Override
    public void onPartialThinking(PartialThinking thinking) {
        sink.next(new Thinking(thinking));
    }

    @Override
    public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
        cancelWith(context == null ? null : context.streamingHandle());
        sink.next(new Thinking(thinking));
    }

    @Override
    public void onPartialToolCall(PartialToolCall toolCall) {
        sink.next(new ToolCallPart(toolCall));
    }

    @Override
    public void onPartialToolCall(PartialToolCall toolCall, PartialToolCallContext context) {
        cancelWith(context == null ? null : context.streamingHandle());
        sink.next(new ToolCallPart(toolCall));
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall toolCall) {
        sink.next(new ToolCall(toolCall));
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        if (response == null) { // a stream must end: without a response it cannot end complete
            sink.error(new NullPointerException("the model completed its stream without a ChatResponse"));
            return;
        }
        sink.next(new Complete(response));
        sink.complete();
    }

    @Override
    public void onError(Throwable error) {
        sink.error(error);
    }

    private void cancelWith(StreamingHandle handle) {
        if (handle != null && cancelRegistered.compareAndSet(false, true)) {
            sink.onCancel(() -> {
                try {
                    handle.cancel();
                } catch (RuntimeException unsupported) {
                    // Some clients cannot cancel (LangChain4j's CancellationUnsupportedHandle throws):
                    // the stream then runs to its end, unrecorded, as the sink's contract allows.
                }
            });
        }
    }
}
