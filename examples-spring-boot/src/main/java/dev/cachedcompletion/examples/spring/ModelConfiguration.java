package dev.cachedcompletion.examples.spring;

import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the LangChain4j {@link ChatModel} from {@link ModelProperties}. With neither an API key
 * nor a base URL, it starts a {@link SimulatedChatEndpoint} and points the model at it, so the
 * service runs, and shows what the cache saves, without an OpenAI account.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModelProperties.class)
public class ModelConfiguration {

    /** As slow as a short real completion, so that a cache hit is visibly faster than a miss. */
    static final Duration SIMULATED_LATENCY = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(ModelConfiguration.class);

    /** The stand-in model, only when no model is configured; closed with the application context. */
    @Bean(destroyMethod = "close")
    @Conditional(NoModelConfigured.class)
    SimulatedChatEndpoint simulatedChatEndpoint() {
        SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, SIMULATED_LATENCY);
        log.warn("The model is SIMULATED: no app.model.api-key, OPENAI_API_KEY or app.model.base-url is set,"
                + " so answers come from a local stand-in at {} after {} ms. Set OPENAI_API_KEY to call OpenAI.",
                endpoint.baseUrl(), SIMULATED_LATENCY.toMillis());
        return endpoint;
    }

    /** The model the {@link JokeService} calls: the simulated endpoint if there is one, else the configured one. */
    @Bean
    ChatModel chatModel(ModelProperties model, ObjectProvider<SimulatedChatEndpoint> simulated) {
        SimulatedChatEndpoint endpoint = simulated.getIfAvailable();
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder().modelName(model.name());
        if (endpoint != null) {
            return builder.baseUrl(endpoint.baseUrl()).build();
        }
        // Null means LangChain4j's default: OpenAI's URL, and no Authorization header.
        builder.baseUrl(model.hasBaseUrl() ? model.baseUrl() : null)
                .apiKey(model.hasApiKey() ? model.apiKey() : null);
        log.info("Model {} at {}", model.name(), model.hasBaseUrl() ? model.baseUrl() : "OpenAI");
        return builder.build();
    }
}
