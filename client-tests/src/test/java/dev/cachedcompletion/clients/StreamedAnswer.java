package dev.cachedcompletion.clients;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A caller's handler as an application writes one, with the context-taking callbacks: it notes every
 * callback in order (also in a timeline shared with other observers, if given) and ends with the
 * complete response or the error.
 */
class StreamedAnswer implements StreamingChatResponseHandler {

    final List<String> callbacks = new CopyOnWriteArrayList<>();
    private final List<String> timeline;
    private final CompletableFuture<ChatResponse> response = new CompletableFuture<>();

    StreamedAnswer() {
        this(new CopyOnWriteArrayList<>());
    }

    StreamedAnswer(List<String> timeline) {
        this.timeline = timeline;
    }

    private void note(String callback) {
        callbacks.add(callback);
        timeline.add("caller " + callback);
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        note("partial " + partial.text());
    }

    @Override
    public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
        note("thinking " + thinking.text());
    }

    @Override
    public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
        note("tool call part " + call);
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall call) {
        note("tool call " + call);
    }

    @Override
    public void onCompleteResponse(ChatResponse complete) {
        note("complete");
        response.complete(complete);
    }

    @Override
    public void onError(Throwable error) {
        note("error");
        response.completeExceptionally(error);
    }

    /** The complete response, once the stream ended (at most 30 s from now). */
    ChatResponse response() throws InterruptedException, ExecutionException, TimeoutException {
        return response.get(30, TimeUnit.SECONDS);
    }

    /** The error the stream ended with (at most 30 s from now); fails if it completed instead. */
    Throwable failure() throws InterruptedException, TimeoutException {
        try {
            ChatResponse unexpected = response.get(30, TimeUnit.SECONDS);
            throw new AssertionError("the stream completed instead of failing: " + unexpected);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }
}
