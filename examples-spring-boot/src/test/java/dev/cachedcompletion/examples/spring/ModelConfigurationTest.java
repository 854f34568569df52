package dev.cachedcompletion.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import dev.langchain4j.model.chat.ChatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Which model the configuration builds; no web server, and no application.yml (so no OPENAI_API_KEY). */
@ExtendWith(OutputCaptureExtension.class)
class ModelConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ModelConfiguration.class);

    @Test
    void withoutKeyOrUrlTheModelIsSimulatedAndSaysSo(CapturedOutput output) {
        context.run(app -> {
            SimulatedChatEndpoint endpoint = app.getBean(SimulatedChatEndpoint.class);

            String answer = app.getBean(ChatModel.class).chat("Tell me a joke about nothing");

            assertThat(answer).startsWith("(simulated gpt-4o-mini)");
            assertThat(endpoint.requestCount()).isEqualTo(1);
            assertThat(output).contains("The model is SIMULATED");
        });
    }

    @Test
    void anApiKeyMeansARealModel() {
        context.withPropertyValues("app.model.api-key=sk-not-used")
                .run(app -> assertThat(app).hasSingleBean(ChatModel.class)
                        .doesNotHaveBean(SimulatedChatEndpoint.class));
    }

    @Test
    void aBaseUrlWithoutKeyMeansALocalModel() {
        context.withPropertyValues("app.model.base-url=http://127.0.0.1:1/v1")
                .run(app -> assertThat(app).hasSingleBean(ChatModel.class)
                        .doesNotHaveBean(SimulatedChatEndpoint.class));
    }
}
