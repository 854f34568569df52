package dev.cachedcompletion.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.junit.jupiter.api.Test;

/** Statistics after a known sequence of calls, through the API and through the JMX MBean. */
class StatisticsOverJmxTest {

    @Test
    void hitsMissesAndTimeSavedAfterAKnownSequence() throws Exception {
        CachedCompletions.useStore("memory");
        CachedCompletions.resetStatistics();
        SlowAssistant assistant = new SlowAssistant();
        assistant.answer("a");   // miss, ~40 ms
        assistant.answer("a");   // hit
        assistant.answer("a");   // hit
        assistant.answer("b");   // miss

        CompletionStatistics stats = CachedCompletions.statistics(SlowAssistant.NAME);
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.misses()).isEqualTo(2);
        assertThat(stats.meanMissMillis()).isGreaterThanOrEqualTo(40.0);
        assertThat(stats.timeSavedMillis()).isEqualTo(2 * stats.meanMissMillis());

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName("dev.cachedcompletion:type=CacheStatistics");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!server.isRegistered(name) && System.nanoTime() < deadline) {
            Thread.sleep(20); // registered in the background, off the first call's path
        }
        assertThat(valueOf((TabularData) server.getAttribute(name, "Hits"), SlowAssistant.NAME)).isEqualTo(2L);
        assertThat(valueOf((TabularData) server.getAttribute(name, "Misses"), SlowAssistant.NAME)).isEqualTo(2L);
        assertThat((Long) valueOf((TabularData) server.getAttribute(name, "TimeSavedMillis"), SlowAssistant.NAME))
                .isGreaterThanOrEqualTo(80L);
        // A String answer does not report its tokens: the columns are there, and zero.
        assertThat(valueOf((TabularData) server.getAttribute(name, "InputTokensSaved"), SlowAssistant.NAME)).isEqualTo(0L);
        assertThat(valueOf((TabularData) server.getAttribute(name, "OutputTokensSaved"), SlowAssistant.NAME)).isEqualTo(0L);
        assertThat(valueOf((TabularData) server.getAttribute(name, "MoneySaved"), SlowAssistant.NAME)).isEqualTo(0.0);
        assertThat(server.getAttribute(name, "Store")).isEqualTo("memory");
        assertThat(server.getAttribute(name, "Mode")).isEqualTo("read-write");
    }

    private static Object valueOf(TabularData table, String method) {
        CompositeData row = table.get(new Object[] {method});
        return row == null ? null : row.get("value");
    }
}
