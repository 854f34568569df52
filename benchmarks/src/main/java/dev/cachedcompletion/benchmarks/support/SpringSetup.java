package dev.cachedcompletion.benchmarks.support;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The usual Spring setup: {@code @EnableCaching} (default proxy mode) and a
 * {@link CaffeineCacheManager} with its defaults (an unbounded Caffeine cache, Caffeine's fastest
 * configuration, so the peer is measured at its best).
 */
@Configuration
@EnableCaching
public class SpringSetup {

    @Bean
    public CacheManager cacheManager() {
        return new CaffeineCacheManager("completions");
    }

    @Bean
    public SpringCachedService springCachedService() {
        return new SpringCachedService();
    }

    /** A started context; close it when done. */
    public static AnnotationConfigApplicationContext start() {
        return new AnnotationConfigApplicationContext(SpringSetup.class);
    }
}
