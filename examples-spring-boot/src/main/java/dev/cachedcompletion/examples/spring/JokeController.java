package dev.cachedcompletion.examples.spring;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /jokes?topic=...}: a joke, and whether it came from the cache. */
@RestController
public class JokeController {

    /**
     * The response body.
     *
     * @param topic the topic asked for
     * @param joke the model's answer
     * @param outcome {@code HIT} or {@code SHARED} if the answer came from the cache, {@code MISS} if the
     *     model was called, {@code BYPASSED} if the cache is off
     */
    public record JokeResponse(String topic, String joke, CacheOutcome outcome) {
    }

    private final JokeService jokes;

    /** A controller that asks {@code jokes}. */
    public JokeController(JokeService jokes) {
        this.jokes = jokes;
    }

    /** A joke about {@code topic}, with the cache's outcome for it. */
    @GetMapping("/jokes")
    public JokeResponse joke(@RequestParam String topic) {
        String joke = jokes.joke(topic).aiMessage().text();
        // Per thread, and Spring MVC answers a request on one thread: this is the call just made.
        return new JokeResponse(topic, joke, CachedCompletions.lastOutcome());
    }
}
