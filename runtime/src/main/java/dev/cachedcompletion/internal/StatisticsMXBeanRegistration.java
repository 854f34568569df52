package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheStatisticsMXBean;
import dev.cachedcompletion.CachedCompletions;
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
final class StatisticsMXBeanRegistration implements CacheStatisticsMXBean {

    static final String OBJECT_NAME = "dev.cachedcompletion:type=CacheStatistics";
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private StatisticsMXBeanRegistration() {
    }

    static void registerInBackground() {
        if (!Boolean.parseBoolean(System.getProperty("cachedcompletion.jmx", "true")) || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread registration = new Thread(StatisticsMXBeanRegistration::register, "cached-completion-jmx");
        registration.setDaemon(true);
        registration.start();
    }

    private static void register() {
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(new StatisticsMXBeanRegistration(),
                    new ObjectName(OBJECT_NAME));
        } catch (InstanceAlreadyExistsException e) {
            // Another class loader's copy of the library registered first; its numbers stay visible.
        } catch (Exception | LinkageError e) {
            System.getLogger("dev.cachedcompletion").log(Level.DEBUG, "cached-completion: no JMX statistics: " + e);
        }
    }

    private static Map<String, Long> perMethod(ToLongFunction<CompletionStatistics> value) {
        Map<String, Long> result = new TreeMap<>();
        for (CompletionStatistics s : CachedCompletions.statistics()) {
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
    public Map<String, Long> getTimeSavedMillis() {
        return perMethod(s -> Math.round(s.timeSavedMillis()));
    }

    @Override
    public String getStore() {
        try {
            return CachedCompletions.store().describe();
        } catch (RuntimeException e) {
            return "misconfigured: " + e.getMessage();
        }
    }

    @Override
    public String getMode() {
        try {
            return CachedCompletions.mode().text();
        } catch (RuntimeException e) {
            return "misconfigured: " + e.getMessage();
        }
    }

    @Override
    public void resetStatistics() {
        CachedCompletions.resetStatistics();
    }
}
