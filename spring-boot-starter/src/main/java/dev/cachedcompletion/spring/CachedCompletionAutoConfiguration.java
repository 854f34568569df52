package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCompletion;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;

/**
 * Caches the {@code @CachedCompletion} methods of Spring beans, with the store and mode taken from
 * the Spring environment. Switched off with {@code cachedcompletion.proxy.enabled=false} for the
 * advisor alone (a fully woven application does not need it).
 */
@AutoConfiguration
@ConditionalOnClass(CachedCompletion.class)
public class CachedCompletionAutoConfiguration {

    /** The store and mode, set before any advised bean can be called. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static SettingsFromEnvironment cachedCompletionSettings(Environment environment) {
        return new SettingsFromEnvironment(environment);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "cachedcompletion.proxy.enabled", matchIfMissing = true)
    @Import(AutoProxyRegistrar.class)
    static class ProxyConfiguration {

        /** Depends on the settings so that no advised call runs before the configured store is in place. */
        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static CachedCompletionAdvisor cachedCompletionAdvisor(SettingsFromEnvironment settings) {
            return new CachedCompletionAdvisor();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CachedCompletionMeters cachedCompletionMeters() {
            return new CachedCompletionMeters();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnAvailableEndpoint
        CachedCompletionEndpoint cachedCompletionEndpoint() {
            return new CachedCompletionEndpoint();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AbstractHealthIndicator.class)
    static class HealthConfiguration {

        /** Named so that the health component is {@code cachedcompletion}, like its property. */
        @Bean
        @ConditionalOnMissingBean(name = "cachedcompletionHealthIndicator")
        @ConditionalOnEnabledHealthIndicator("cachedcompletion")
        StoreHealthIndicator cachedcompletionHealthIndicator() {
            return new StoreHealthIndicator();
        }
    }
}
