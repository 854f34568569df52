package dev.cachedcompletion.spring;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** A Spring Boot application as a user writes one, with the starter on its class path. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(JokeBeans.class)
class JokeApplication {
}
