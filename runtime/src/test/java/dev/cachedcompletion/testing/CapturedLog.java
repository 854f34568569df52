package dev.cachedcompletion.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Collects what the library logs through {@code System.Logger "dev.cachedcompletion"}, which the
 * JDK routes to java.util.logging by default. Keeps the console quiet while it is attached.
 */
public final class CapturedLog implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger("dev.cachedcompletion"); // strong ref: JUL holds loggers weakly

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final boolean usedParentHandlers = LOGGER.getUseParentHandlers();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public CapturedLog() {
        handler.setLevel(Level.ALL);
        LOGGER.addHandler(handler);
        LOGGER.setUseParentHandlers(false);
    }

    public List<String> warnings() {
        return messagesAt(Level.WARNING);
    }

    public List<String> infos() {
        return messagesAt(Level.INFO);
    }

    public List<String> messagesAt(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage)
                .collect(Collectors.toList());
    }

    @Override
    public void close() {
        LOGGER.removeHandler(handler);
        LOGGER.setUseParentHandlers(usedParentHandlers);
    }
}
