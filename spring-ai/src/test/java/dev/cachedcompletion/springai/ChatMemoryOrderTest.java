package dev.cachedcompletion.springai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;

/**
 * The advisor takes its key after a memory advisor has added the conversation to the prompt: the same
 * question in two conversations with different histories is two entries, and a replayed conversation
 * hits turn by turn.
 */
class ChatMemoryOrderTest {

    @RegisterExtension
    static final SimulatedOpenAi openAi = new SimulatedOpenAi();

    private static String say(ChatClient client, String conversation, String text) {
        return client.prompt().user(text).advisors(a -> a.param(ChatMemory.CONVERSATION_ID, conversation))
                .call().content();
    }

    @Test
    void theKeyCoversTheHistoryTheMemoryAdvisorAdded() {
        ChatClient client = openAi.cachedClientWith(
                MessageChatMemoryAdvisor.builder(MessageWindowChatMemory.builder().build()).build());

        say(client, "ann", "My name is Ann");
        String annAnswer = say(client, "ann", "What is my name?");
        assertThat(openAi.requests()).isEqualTo(2);

        say(client, "ann-again", "My name is Ann");
        String replayed = say(client, "ann-again", "What is my name?");
        assertThat(openAi.requests()).as("the same conversation, replayed from the cache").isEqualTo(2);
        assertThat(replayed).isEqualTo(annAnswer);

        say(client, "bob", "My name is Bob");
        say(client, "bob", "What is my name?");
        assertThat(openAi.requests()).as("the same last question after another history").isEqualTo(4);
        System.out.println("[spring-ai-requests] memory: 3 conversations of 2 turns, 1 replayed: " + openAi.requests() + " requests");
    }
}
