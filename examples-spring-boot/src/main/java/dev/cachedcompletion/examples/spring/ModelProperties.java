package dev.cachedcompletion.examples.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The {@code app.model.*} properties: which OpenAI-compatible endpoint to call, with which key and model.
 *
 * @param baseUrl the endpoint's base URL, such as {@code http://localhost:11434/v1}; empty for OpenAI's
 * @param apiKey the API key; empty for none ({@code application.yml} falls back to {@code OPENAI_API_KEY})
 * @param name the model name, sent with every request and part of every cache key
 */
@ConfigurationProperties("app.model")
public record ModelProperties(String baseUrl, String apiKey, @DefaultValue("gpt-4o-mini") String name) {

    /** Whether an API key is configured. */
    public boolean hasApiKey() {
        return StringUtils.hasText(apiKey);
    }

    /** Whether a base URL is configured. */
    public boolean hasBaseUrl() {
        return StringUtils.hasText(baseUrl);
    }
}
