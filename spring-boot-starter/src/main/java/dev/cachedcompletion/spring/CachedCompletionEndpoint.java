package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.MethodCounters;
import dev.cachedcompletion.spi.TokenUsage;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.MethodClearingStore;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code cachedcompletion} Actuator endpoint: the store, the mode and the counters of every
 * cached method (read), and clearing the store or one method's entries (delete — a write-level
 * operation, so {@code management.endpoint.cachedcompletion.access=read-only} refuses it, and it is
 * reachable over HTTP only where the endpoint is exposed, like every other endpoint).
 */
@Endpoint(id = "cachedcompletion")
public class CachedCompletionEndpoint {

    CachedCompletionEndpoint() {
    }

    /** What the endpoint shows. */
    public record Report(String store, String mode, List<MethodReport> methods) {
    }

    /**
     * The counters of one method; times in milliseconds; tokens the hits did not spend, in all and by
     * the model the answers named; money at {@code cachedcompletion.prices}.
     */
    public record MethodReport(String method, long hits, long shared, long misses, long bypassed, long errors,
            double meanModelCallMillis, long inputTokensSaved, long outputTokensSaved, double moneySaved,
            List<ModelTokens> tokensSavedByModel) {

        static MethodReport of(MethodCounters stats) {
            return new MethodReport(stats.method(), stats.storeHits(), stats.sharedAnswers(), stats.misses(),
                    stats.bypassed(), stats.errors(), meanMillis(stats), stats.inputTokensSaved(),
                    stats.outputTokensSaved(), stats.moneySaved(),
                    stats.tokensSavedByModel().stream().map(ModelTokens::of)
                            .sorted(Comparator.comparing(ModelTokens::model, Comparator.nullsLast(Comparator.naturalOrder())))
                            .toList());
        }
    }

    private static double meanMillis(MethodCounters stats) {
        long calls = stats.timedModelCalls();
        return calls == 0 ? 0 : stats.modelCallNanos() / (double) calls / 1e6;
    }

    /** Tokens saved on the answers of one model ({@code null}: the answers did not name it). */
    public record ModelTokens(String model, long inputTokens, long outputTokens) {

        static ModelTokens of(TokenUsage usage) {
            return new ModelTokens(usage.model(), usage.inputTokens(), usage.outputTokens());
        }
    }

    /** What a clear did. */
    public record Cleared(String store, String method, Long entries) {
    }

    @ReadOperation
    public Report report() {
        return new Report(StoreStatus.describeStore(), StoreStatus.describeMode(), CachedCompletions.counters().stream()
                .map(MethodReport::of).sorted(Comparator.comparing(MethodReport::method)).toList());
    }

    /** The counters of {@code method} (its identity, as the report lists it), or {@code null} (404) if unknown. */
    @ReadOperation
    public MethodReport method(@Selector String method) {
        return CachedCompletions.counters().stream().filter(s -> s.method().equals(method)).findFirst()
                .map(MethodReport::of).orElse(null);
    }

    /** Removes every entry of the store. */
    @DeleteOperation
    public Cleared clearAll() {
        CompletionStore store = CachedCompletions.store();
        store.clear();
        return new Cleared(store.describe(), null, null);
    }

    /**
     * Removes the entries of {@code method}.
     *
     * @throws InvalidEndpointRequestException (400) if the store cannot remove one method's entries
     *         (the built-in memory, SQLite and Redis stores can; {@code none} and some user stores cannot)
     */
    @DeleteOperation
    public Cleared clearMethod(@Selector String method) {
        CompletionStore store = CachedCompletions.store();
        if (!(store instanceof MethodClearingStore clearing)) {
            String reason = "the store " + store.describe() + " cannot remove the entries of one method; clear the "
                    + "whole store instead (DELETE /actuator/cachedcompletion)";
            throw new InvalidEndpointRequestException(reason, reason);
        }
        return new Cleared(store.describe(), method, clearing.clearMethod(method));
    }
}
