package dev.cachedcompletion.examples.spring;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when neither an API key nor a base URL is configured: then there is no model to call and
 * the service runs against a simulated one. A base URL without a key is a real endpoint too (a
 * local OpenAI-compatible server usually needs none), so it does not match.
 */
class NoModelConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        // Read from the Environment, not ModelProperties: conditions run before properties are bound.
        return !StringUtils.hasText(context.getEnvironment().getProperty("app.model.api-key"))
                && !StringUtils.hasText(context.getEnvironment().getProperty("app.model.base-url"));
    }
}
