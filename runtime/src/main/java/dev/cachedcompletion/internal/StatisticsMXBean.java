package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheStatisticsMXBean;
import dev.cachedcompletion.CompletionStatistics;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;
import javax.management.InstanceAlreadyExistsException;
import javax.management.ObjectName;

/**
 * Registers the statistics MXBean once, on a daemon thread: starting the platform MBean server
 * takes tens of milliseconds, which the first cached call should not pay.
 */
final class StatisticsMXBean implements CacheStatisticsMXBean {

    static final String OBJECT_NAME = "dev.cachedcompletion:type=CacheStatistics";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private final CompletionEngine engine;

    private StatisticsMXBean(CompletionEngine engine) {
        this.engine = engine;
    }

    /** Registers the bean of {@code engine} once per JVM (the first engine to get here wins). */
    static void registerInBackground(CompletionEngine engine) {
        if (STARTED.get() || !Boolean.parseBoolean(System.getProperty("cachedcompletion.jmx", "true"))
                || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread registration = new Thread(() -> register(engine), "cached-completion-jmx");
        registration.setDaemon(true);
        registration.start();
    }

    private static void register(CompletionEngine engine) {
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(new StatisticsMXBean(engine),
                    new ObjectName(OBJECT_NAME));
        } catch (InstanceAlreadyExistsException e) {
            // Another class loader's copy of the library registered first; its numbers stay visible.
        } catch (Exception | LinkageError e) {
            System.getLogger("dev.cachedcompletion").log(Level.DEBUG, "cached-completion: no JMX statistics: " + e);
        }
    }

    private Map<String, Long> perMethod(ToLongFunction<CompletionStatistics> value) {
        Map<String, Long> result = new TreeMap<>();
        for (MethodStats stats : engine.statistics()) {
            CompletionStatistics s = stats.snapshot();
            result.put(s.method(), value.applyAsLong(s));
        }
        return result;
    }

    @Override
    public Map<String, Long> getHits() {
        return perMethod(CompletionStatistics::hits);
    }

    @Override
    public Map<String, Long> getMisses() {
        return perMethod(CompletionStatistics::misses);
    }

    @Override
    public Map<String, Long> getErrors() {
        return perMethod(CompletionStatistics::errors);
    }

    @Override
    public Map<String, Long> getInputTokensSaved() {
        return perMethod(CompletionStatistics::inputTokensSaved);
    }

    @Override
    public Map<String, Long> getOutputTokensSaved() {
        return perMethod(CompletionStatistics::outputTokensSaved);
    }

    @Override
    public Map<String, Double> getMoneySaved() {
        Map<String, Double> result = new TreeMap<>();
        for (MethodStats stats : engine.statistics()) {
            CompletionStatistics s = stats.snapshot();
            result.put(s.method(), s.moneySaved());
        }
        return result;
    }

    @Override
    public Map<String, Long> getTimeSavedMillis() {
        return perMethod(s -> Math.round(s.timeSavedMillis()));
    }

    @Override
    public String getStore() {
        try {
            return engine.stores().current().describe();
        } catch (RuntimeException e) {
            return "misconfigured: " + e.getMessage();
        }
    }

    @Override
    public String getMode() {
        try {
            return engine.modes().current().text();
        } catch (RuntimeException e) {
            return "misconfigured: " + e.getMessage();
        }
    }

    @Override
    public void resetStatistics() {
        engine.statistics().forEach(MethodStats::resetCounters);
    }
}
