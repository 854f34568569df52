package dev.cachedcompletion.spring;

import dev.cachedcompletion.spring.unwoven.PlainJokes;
import dev.cachedcompletion.spring.woven.WovenJokes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user's beans: one woven class, one that is not. */
@Configuration(proxyBeanMethods = false)
class JokeBeans {

    static final String PLAIN = "dev.cachedcompletion.spring.unwoven.PlainJokes#joke(java.lang.String)";
    static final String REPLY = "dev.cachedcompletion.spring.unwoven.PlainJokes#reply(java.lang.String)";
    static final String WOVEN = "dev.cachedcompletion.spring.woven.WovenJokes#joke(java.lang.String)";

    @Bean
    PlainJokes plainJokes() {
        return new PlainJokes();
    }

    @Bean
    WovenJokes wovenJokes() {
        return new WovenJokes();
    }
}
