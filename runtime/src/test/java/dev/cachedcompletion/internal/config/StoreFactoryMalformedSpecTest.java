package dev.cachedcompletion.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cachedcompletion.CacheConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A wrong {@code cachedcompletion.store} value fails with one kind of exception whose message names
 * the property, quotes the value and lists the valid forms — never with a parser's own exception.
 */
class StoreFactoryMalformedSpecTest {

    private static final String SOURCE = "-D" + StoreFactory.PROPERTY;

    @ParameterizedTest
    @ValueSource(strings = {
        "mongo:db",                             // unknown scheme
        "",                                     // empty value
        "   ",                                  // blank value
        "?",                                    // nothing at all before '?'
        ":memory",                              // no scheme before ':'
        "sqlite:",                              // empty sqlite path
        "sqlite:   ",                           // blank sqlite path
        "sqlite::memory:",                      // SQLite's in-memory name is not a cache file
        "sqlite:x.db?journal=wal",              // unknown sqlite option
        "sqlite:x.db?busyTimeout=soon",         // bad duration
        "sqlite:x.db?lease=never",              // lease neither a duration nor off
        "sqlite:x.db?lease=2h",                 // lease longer than an hour
        "sqlite:x.db?maxBytes=lots",            // bad size
        "sqlite:x.db?maxBytes=0",               // zero size
        "sqlite:x.db?maxBytes=512k",            // too small for a file and its WAL
        "sqlite:x.db?maxbytes=64m",             // option names are case-sensitive
        "memory?foo=1",                         // unknown option
        "memory?maxentries=10",                 // option names are case-sensitive
        "memory?maxEntries=many",               // bad number
        "memory?maxEntries=0",                  // zero
        "memory?maxEntries=-5",                 // negative
        "memory?ttl=5 minutes",                 // bad duration
        "memory?ttl=0s",                        // zero duration
        "memory?ttl=-PT1S",                     // negative ISO duration
        "memory?ttl=999999999999999999d",       // duration overflowing Duration itself
        "memory?maxBytes=12q",                  // bad size
        "memory?maxBytes=0",                    // zero size
        "memory?maxBytes=999999999999999g",     // size overflowing a long
        "memory?ttl=",                          // option without value
        "memory?ttl",                           // option without '='
        "memory?=5",                            // value without option name
        "memory?ttl=1s&ttl=2s",                 // duplicated option
        "memory?ttl=1s&",                       // trailing '&'
        "memory?",                              // '?' followed by nothing
        "memory:cache",                         // memory with a location
        "none:somewhere",                       // none with a location
        "none?ttl=1s",                          // none takes no option
    })
    void malformedSpecNamesPropertyValueAndValidForms(String spec) {
        CacheConfigurationException e =
                catchThrowableOfType(CacheConfigurationException.class, () -> StoreFactory.open(spec, SOURCE));

        assertThat(e).as("exception for %s", spec).isNotNull();
        assertThat(e.getMessage())
                .startsWith(SOURCE + "=\"" + spec + "\"")
                .contains("Valid forms")
                .contains("memory[?", "sqlite:<path", "none");
    }

    @Test
    void tooSmallSqliteBoundSaysTheSmallestThereIs() {
        CacheConfigurationException e = catchThrowableOfType(CacheConfigurationException.class,
                () -> StoreFactory.open("sqlite:x.db?maxBytes=512k", SOURCE));

        assertThat(e.getMessage()).contains("maxBytes=512k", "at least 1m", "maxBytes=<size");
    }

    @Test
    void messageNamesTheSourceTheValueCameFrom() {
        CacheConfigurationException e = catchThrowableOfType(CacheConfigurationException.class,
                () -> StoreFactory.open("memory?ttl=soon", StoreFactory.ENVIRONMENT));

        assertThat(e.getMessage()).startsWith("CACHEDCOMPLETION_STORE=\"memory?ttl=soon\"").contains("ttl=soon");
    }

    @Test
    void redisWithoutItsModuleSaysWhichArtifactToAdd() {
        CacheConfigurationException e = catchThrowableOfType(CacheConfigurationException.class,
                () -> StoreFactory.open("redis://localhost:6379", SOURCE));

        assertThat(e.getMessage()).contains("unknown store 'redis'", "cached-completion-redis");
    }
}
