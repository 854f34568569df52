package dev.cachedcompletion.benchmarks.support;

import org.springframework.cache.annotation.Cacheable;

/** The same method, cached by Spring's {@code @Cacheable}; called through the proxy Spring makes. */
public class SpringCachedService {

    @Cacheable("completions")
    public String complete(String prompt) {
        return Answers.ANSWER;
    }
}
