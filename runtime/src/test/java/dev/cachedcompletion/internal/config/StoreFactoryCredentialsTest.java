package dev.cachedcompletion.internal.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import org.junit.jupiter.api.Test;

/** A spec's password never reaches a configuration error, which applications log. */
class StoreFactoryCredentialsTest {

    @Test
    void theUserInfoOfAnUnknownUrlLikeStoreIsHidden() {
        // No Redis provider in this module: the error quotes the spec, with the password hidden.
        assertThatThrownBy(() -> StoreFactory.open("redis://app:hunter2@cache:6379/0", "-Dcachedcompletion.store"))
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("-Dcachedcompletion.store=\"redis://***@cache:6379/0\"")
                .hasMessageContaining("add the cached-completion-redis artifact")
                .hasMessageNotContaining("hunter2");
    }
}
