package dev.cachedcompletion.simulated;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what the clients complain about while it is open: everything printed to System.err
 * (where slf4j-simple writes LangChain4j's log) and java.util.logging records of WARNING and above
 * (OkHttp's channel). A compatibility test asserts that it stays empty.
 */
final class CapturedWarnings implements AutoCloseable {

    private static final Logger ROOT = Logger.getLogger(""); // strong ref: JUL holds loggers weakly

    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    CapturedWarnings() {
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        ROOT.addHandler(handler);
    }

    /** Everything captured so far, one entry per log record, System.err as one entry. */
    List<String> all() {
        System.err.flush();
        String printed = err.toString(StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(records);
        if (!printed.isEmpty()) {
            all.add("System.err: " + printed);
        }
        return all;
    }

    @Override
    public void close() {
        ROOT.removeHandler(handler);
        System.setErr(originalErr);
        String printed = err.toString(StandardCharsets.UTF_8);
        if (!printed.isEmpty()) {
            originalErr.print(printed); // keep it visible in the build log, too
        }
    }
}
