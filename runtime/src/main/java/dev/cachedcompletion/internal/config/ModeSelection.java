package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheScope;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cache mode in force: a scope opened on the current thread, else {@code cachedcompletion.mode}
 * (or {@code CACHEDCOMPLETION_MODE}), read once at the first call, else {@code read-write}.
 * A malformed value fails every cached call, like a malformed store. Thread-safe; when no scope is
 * open anywhere, finding the mode costs two volatile reads.
 */
public final class ModeSelection {

    public static final String PROPERTY = "cachedcompletion.mode";
    public static final String ENVIRONMENT = "CACHEDCOMPLETION_MODE";

    private static final ModeSelection GLOBAL = new ModeSelection();

    private final ThreadLocal<Scope> scoped = new ThreadLocal<>();
    private final AtomicInteger openScopes = new AtomicInteger();
    private final ConfiguredSetting<CacheMode> configured = new ConfiguredSetting<>(PROPERTY, ENVIRONMENT,
            CacheMode.READ_WRITE, CacheMode::parse, (source, value, problem) -> source + "=\"" + value
                    + "\" is not a valid cache mode. Valid forms: " + CacheMode.validForms() + ". Set it with -D"
                    + PROPERTY + "=... or the " + ENVIRONMENT + " environment variable.");

    public static ModeSelection global() {
        return GLOBAL;
    }

    /** The mode for a call on this thread; throws while the configured value is malformed. */
    public CacheMode current() {
        if (openScopes.get() > 0) {
            Scope scope = scoped.get();
            if (scope != null) {
                return scope.mode;
            }
        }
        return configured.current();
    }

    /** Sets the mode for the whole JVM, in place of the property. */
    public void use(CacheMode mode) {
        configured.use(mode);
    }

    /** Forgets the configured mode; the property is read again at the next call. */
    public void reset() {
        configured.reset();
    }

    /** Opens a scope: {@code mode} on this thread until the scope is closed. */
    public CacheScope open(CacheMode mode) {
        if (mode == null) {
            throw new NullPointerException("mode");
        }
        Scope scope = new Scope(mode, scoped.get());
        scoped.set(scope);
        openScopes.incrementAndGet();
        return scope;
    }

    private final class Scope implements CacheScope {
        final CacheMode mode;
        final Scope enclosing;
        final Thread owner = Thread.currentThread();
        boolean closed;

        Scope(CacheMode mode, Scope enclosing) {
            this.mode = mode;
            this.enclosing = enclosing;
        }

        @Override
        public CacheMode mode() {
            return mode;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a cache scope must be closed on the thread that opened it ("
                        + owner.getName() + ")");
            }
            if (scoped.get() != this) {
                throw new IllegalStateException("cache scopes must be closed in reverse order of opening");
            }
            closed = true;
            if (enclosing == null) {
                scoped.remove();
            } else {
                scoped.set(enclosing);
            }
            openScopes.decrementAndGet();
        }
    }
}
