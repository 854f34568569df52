package dev.cachedcompletion.it.invocation;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Services declared as nested classes: their generated key code is Assistants__Inner_CachedCompletion. */
public final class Assistants {

    private Assistants() {
    }

    /** A static nested service. */
    public static class Librarian {

        public final AtomicInteger calls = new AtomicInteger();

        @CachedCompletion
        public String recommend(String genre) {
            return "book #" + calls.incrementAndGet() + " in " + genre;
        }

        /** Nested one level deeper. */
        public static class Archivist {

            public final AtomicInteger calls = new AtomicInteger();

            @CachedCompletion
            public String find(String title) {
                return "record #" + calls.incrementAndGet() + " of " + title;
            }
        }
    }
}
