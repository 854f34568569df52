package dev.cachedcompletion.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A joke service whose model calls are cached by {@code @CachedCompletion}: see {@link JokeService}.
 * cached-completion-spring-boot-starter, on the class path, sets the cache up from
 * {@code application.yml}, so nothing here does.
 */
@SpringBootApplication
public class JokeApplication {

    /** Starts the service; {@code --server.port=N} and the other Spring Boot options apply. */
    public static void main(String[] args) {
        SpringApplication.run(JokeApplication.class, args);
    }
}
