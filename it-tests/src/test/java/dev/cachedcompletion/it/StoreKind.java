package dev.cachedcompletion.it;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;

/** The stores a behaviour must hold in: the default memory store and a SQLite file. */
public enum StoreKind {
    MEMORY {
        @Override
        public String spec(Path dir) {
            return "memory";
        }
    },
    SQLITE {
        @Override
        public String spec(Path dir) {
            return "sqlite:" + dir.resolve("completions.db");
        }
    };

    /** The spec of a store of this kind; a SQLite file lives in {@code dir}. */
    public abstract String spec(Path dir);

    /** Starts using a new, empty store of this kind; {@code options} go after '?' unless empty. */
    public void useFresh(Path dir, String options) {
        CachedCompletions.useStore(spec(dir) + (options.isEmpty() ? "" : "?" + options));
        CachedCompletions.clear();
    }

    public void useFresh(Path dir) {
        useFresh(dir, "");
    }

    /**
     * For SQLite, a new store on the same file, so that the next hit can only come from the file.
     * A memory store is left as it is (a new one would be empty).
     */
    public void reopen(Path dir) {
        if (this == SQLITE) {
            CachedCompletions.useStore(spec(dir));
        }
    }
}
