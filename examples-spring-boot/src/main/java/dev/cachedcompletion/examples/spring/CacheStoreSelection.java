package dev.cachedcompletion.examples.spring;

import dev.cachedcompletion.CachedCompletions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Lets the Spring property {@code cachedcompletion.store} choose the store, so that it can be set
 * where a Spring service keeps the rest of its configuration ({@code application.properties},
 * profiles, {@code --cachedcompletion.store=...}). The library itself reads only the system property
 * and the {@code CACHEDCOMPLETION_STORE} environment variable; Spring sees both of those too, so
 * they still work and mean the same here. Unset, the library's default applies: {@code memory}.
 */
@Component
class CacheStoreSelection implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CacheStoreSelection.class);

    private final boolean selected;

    /** @throws dev.cachedcompletion.CacheConfigurationException if {@code spec} is malformed: the start fails */
    CacheStoreSelection(@Value("${cachedcompletion.store:}") String spec) {
        selected = StringUtils.hasText(spec);
        if (selected) {
            CachedCompletions.useStore(spec); // at start-up, before the first request, so no call sees another store
            log.info("Cache store: {}", CachedCompletions.store().describe());
        }
    }

    /** Closes the store this selected, so a SQLite file is released when the context closes. */
    @Override
    public void destroy() {
        if (selected) {
            CachedCompletions.useConfiguredStore();
        }
    }
}
