package dev.cachedcompletion.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.langchain4j.ChatStreamEvent.Complete;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Partial;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Thinking;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCall;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCallPart;
import dev.cachedcompletion.spi.ElementSink;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The adapter alone: what the model sends becomes events in order, ending with the complete response;
 * events stored and read back reach a caller's handler through the same callbacks as from the model,
 * in either handler style. (Over HTTP with OpenAiStreamingChatModel and the cache between them:
 * client-tests' LangChain4jStreamingOverHttpTest.)
 */
class StreamingChatResponseHandlerAdapterTest {

    private final StreamingChatResponseHandlerAdapter adapter = new StreamingChatResponseHandlerAdapter();
    private final ListSink sink = new ListSink();

    private static final PartialToolCall PIECE =
            PartialToolCall.builder().index(0).id("call_1").name("get_weather").partialArguments("{\"city\":").build();
    private static final CompleteToolCall CALL = new CompleteToolCall(0,
            ToolExecutionRequest.builder().id("call_1").name("get_weather").arguments("{\"city\":\"Oslo\"}").build());
    private static final ChatResponse RESPONSE = ChatResponse.builder()
            .aiMessage(AiMessage.builder().text("Hello world").thinking("Hmm").toolExecutionRequests(
                    List.of(CALL.toolExecutionRequest())).build())
            .build();

    /** Streams one answer into {@code handler} as LangChain4j's models do: the context-taking callbacks. */
    private static void streamAnswer(StreamingChatResponseHandler handler, StreamingHandle handle) {
        handler.onPartialThinking(new PartialThinking("Hmm"), new PartialThinkingContext(handle));
        handler.onPartialResponse(new PartialResponse("Hello"), new PartialResponseContext(handle));
        handler.onPartialResponse(new PartialResponse(" world"), new PartialResponseContext(handle));
        handler.onPartialToolCall(PIECE, new PartialToolCallContext(handle));
        handler.onCompleteToolCall(CALL);
        handler.onCompleteResponse(RESPONSE);
    }

    @Test
    void theRecorderTurnsEveryCallbackIntoAnEventInOrderAndEndsWithTheCompleteResponse() {
        streamAnswer(adapter.recorder(sink), new Handle());

        assertThat(sink.events).containsExactly(
                new Thinking(new PartialThinking("Hmm")),
                new Partial(new PartialResponse("Hello")),
                new Partial(new PartialResponse(" world")),
                new ToolCallPart(PIECE),
                new ToolCall(CALL),
                new Complete(RESPONSE));
        assertThat(sink.completed).isTrue();
        assertThat(sink.failure).isNull();
    }

    @Test
    void theRecorderAlsoHearsAModelThatCallsTheOlderCallbacksAndSkipsEmptyText() {
        StreamingChatResponseHandler recorder = adapter.recorder(sink);
        recorder.onPartialResponse("Hi");
        recorder.onPartialResponse("");
        recorder.onPartialThinking(new PartialThinking("Hmm"));
        recorder.onPartialToolCall(PIECE);

        assertThat(sink.events).containsExactly(new Partial(new PartialResponse("Hi")),
                new Thinking(new PartialThinking("Hmm")), new ToolCallPart(PIECE));
        assertThat(sink.cancel).isNull();
    }

    @Test
    void theModelsErrorFailsTheRecordingUnchanged() {
        IllegalStateException error = new IllegalStateException("connection reset");
        StreamingChatResponseHandler recorder = adapter.recorder(sink);
        recorder.onPartialResponse("Hi");
        recorder.onError(error);

        assertThat(sink.failure).isSameAs(error);
        assertThat(sink.completed).isFalse();
    }

    @Test
    void theModelsStreamingHandleIsWhatStopsTheModelOnceEveryCallerCancelled() {
        Handle handle = new Handle();
        StreamingChatResponseHandler recorder = adapter.recorder(sink);
        recorder.onPartialResponse(new PartialResponse("Hi"), new PartialResponseContext(handle));
        recorder.onPartialResponse(new PartialResponse("!"), new PartialResponseContext(new Handle()));

        assertThat(sink.cancelRegistrations.get()).isEqualTo(1);
        sink.cancel.run();
        assertThat(handle.cancels.get()).isEqualTo(1);
    }

    @Test
    void aClientThatCannotCancelLetsItsStreamRunToTheEndWithoutFailingTheCaller() {
        StreamingHandle unsupported = new Handle() {
            @Override
            public void cancel() {
                throw new UnsupportedOperationException("Streaming cancellation is not supported");
            }
        };
        adapter.recorder(sink).onPartialResponse(new PartialResponse("Hi"), new PartialResponseContext(unsupported));

        sink.cancel.run(); // must not throw into the cache's cancel path
    }

    @Test
    void storedEventsReachEitherStyleOfHandlerAsFromTheModel() throws IOException {
        ChatStreamEventCodec codec = new ChatStreamEventCodec();
        CallbackLog fromModel = new CallbackLog();
        streamAnswer(fromModel, new Handle());

        streamAnswer(adapter.recorder(sink), new Handle());
        CallbackLog replayed = new CallbackLog();
        for (ChatStreamEvent event : sink.events) {
            adapter.deliver(replayed, codec.decode(codec.encode(event)), () -> { });
        }

        assertThat(replayed.calls).containsExactlyElementsOf(fromModel.calls).hasSize(6);
        assertThat(replayed.response).isNotSameAs(RESPONSE).isEqualTo(RESPONSE);
    }

    @Test
    void aHandlerWrittenWithTheOlderCallbacksReceivesTheTextToo() {
        List<String> texts = new ArrayList<>();
        StreamingChatResponseHandler older = new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                texts.add(text);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                texts.add("complete:" + response.aiMessage().text());
            }

            @Override
            public void onError(Throwable error) {
                texts.add("error");
            }
        };
        adapter.deliver(older, new Partial(new PartialResponse("Hello")), () -> { });
        adapter.deliver(older, new Complete(RESPONSE), () -> { });

        assertThat(texts).containsExactly("Hello", "complete:Hello world");
    }

    @Test
    void theHandleACallerGetsCancelsItsDeliveryOnceAndFailGoesToOnError() {
        AtomicInteger cancels = new AtomicInteger();
        CallbackLog caller = new CallbackLog();
        adapter.deliver(caller, new Partial(new PartialResponse("Hello")), cancels::incrementAndGet);

        caller.lastHandle.cancel();
        caller.lastHandle.cancel();
        assertThat(caller.lastHandle.isCancelled()).isTrue();
        assertThat(cancels).hasValue(1);

        IllegalStateException failure = new IllegalStateException("boom");
        adapter.fail(caller, failure);
        assertThat(caller.error).isSameAs(failure);
    }

    /** What the cache's recording would be told. */
    private static final class ListSink implements ElementSink<ChatStreamEvent> {
        final List<ChatStreamEvent> events = new ArrayList<>();
        final AtomicInteger cancelRegistrations = new AtomicInteger();
        boolean completed;
        Throwable failure;
        Runnable cancel;

        @Override
        public void next(ChatStreamEvent element) {
            events.add(element);
        }

        @Override
        public void complete() {
            completed = true;
        }

        @Override
        public void error(Throwable error) {
            failure = error;
        }

        @Override
        public void onCancel(Runnable cancel) {
            cancelRegistrations.incrementAndGet();
            this.cancel = cancel;
        }
    }

    private static class Handle implements StreamingHandle {
        final AtomicInteger cancels = new AtomicInteger();

        @Override
        public void cancel() {
            cancels.incrementAndGet();
        }

        @Override
        public boolean isCancelled() {
            return cancels.get() > 0;
        }
    }

    /** A caller's handler written with the context-taking callbacks: logs what it is told. */
    private static final class CallbackLog implements StreamingChatResponseHandler {
        final List<String> calls = new ArrayList<>();
        StreamingHandle lastHandle;
        ChatResponse response;
        Throwable error;

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            lastHandle = context.streamingHandle();
            calls.add("partial:" + partial.text());
        }

        @Override
        public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
            calls.add("thinking:" + thinking.text());
        }

        @Override
        public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
            calls.add("toolCallPart:" + call);
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall call) {
            calls.add("toolCall:" + call);
        }

        @Override
        public void onCompleteResponse(ChatResponse complete) {
            response = complete;
            calls.add("complete:" + complete);
        }

        @Override
        public void onError(Throwable failure) {
            error = failure;
        }
    }
}
