package dev.cachedcompletion.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

/**
 * The advisor for an application that has Spring AI but not its OpenAI module: nothing may fail
 * for want of an OpenAI class. Run by the surefire execution {@code without-spring-ai-openai}, whose
 * class path has neither spring-ai-openai nor the OpenAI SDK; the model is a small in-process one,
 * since Spring AI's own chat models live in those provider modules.
 */
class WithoutSpringAiOpenAiTest {

    /** Answers with the prompt's last text, and counts the calls that reached it. */
    static final class EchoModel implements ChatModel {
        final AtomicInteger calls = new AtomicInteger();

        private static ChatResponse answer(String text, int promptTokens, int completionTokens) {
            return new ChatResponse(List.of(new Generation(new AssistantMessage(text))),
                    ChatResponseMetadata.builder().id("echo").model("echo-1")
                            .usage(new DefaultUsage(promptTokens, completionTokens)).build());
        }

        @Override
        public ChatResponse call(Prompt prompt) {
            calls.incrementAndGet();
            return answer("echo: " + prompt.getUserMessage().getText(), 4, 2);
        }

        @Override
        public Flux<ChatResponse> stream(Prompt prompt) {
            calls.incrementAndGet();
            return Flux.just(answer("echo", 0, 0), answer(": ", 0, 0), answer(prompt.getUserMessage().getText(), 4, 3));
        }
    }

    @BeforeEach
    void onlyWithoutOpenAi() {
        assumeTrue(Boolean.getBoolean("cachedcompletion.test.withoutSpringAiOpenAi"),
                "runs in the surefire execution without-spring-ai-openai only");
        CachedCompletions.useStore("memory");
    }

    @Test
    void theClassPathHasNoOpenAiClasses() {
        assertThatThrownBy(() -> Class.forName("org.springframework.ai.openai.OpenAiChatOptions"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("com.openai.core.ObjectMappers")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void callsAndStreamsAreCachedWithoutOpenAi() {
        EchoModel model = new EchoModel();
        ChatClient client = ChatClient.builder(model).defaultAdvisors(new CachedCompletionAdvisor()).build();

        String called = client.prompt().user("hello").call().content();
        assertThat(client.prompt().user("hello").call().content()).isEqualTo(called).isEqualTo("echo: hello");
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        List<String> streamed = client.prompt().user("hello").stream().content().collectList().block();
        assertThat(client.prompt().user("hello").stream().content().collectList().block()).isEqualTo(streamed);

        assertThat(model.calls).hasValue(2);
        assertThat(streamed).containsExactly("echo", ": ", "hello");
    }
}
