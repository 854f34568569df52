package dev.cachedcompletion.examples.spring;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /cache/statistics}: what the cache did, per cached method, since the service started. */
@RestController
public class CacheStatisticsController {

    /**
     * One entry per cached method that was called: {@code method}, {@code hits}, {@code misses},
     * {@code errors}, {@code meanMissMillis} (the mean model call) and {@code timeSavedMillis}.
     */
    @GetMapping("/cache/statistics")
    public List<CompletionStatistics> statistics() {
        return CachedCompletions.statistics();
    }
}
