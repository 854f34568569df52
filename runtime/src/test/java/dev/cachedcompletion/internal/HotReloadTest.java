package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.support.MethodSite;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;

/**
 * A DevTools-style restart: the application's classes are loaded again by a new class loader while
 * the library stays in the parent. An answer kept on the heap for the old classes is a miss for the
 * new ones (and is replaced), never a {@code ClassCastException}; the old loader is not kept alive.
 */
class HotReloadTest {

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());

    HotReloadTest() {
        stores.use(StoreFactory.open("memory", "test"));
    }

    @Test
    void anAnswerKeptForAnotherClassLoaderIsAMissAndIsReplaced() throws Throwable {
        WeakReference<ClassLoader> firstLoader = callOnce(new AppLoader(), "first model call");

        Object answer = callOnceAndKeep(new AppLoader(), "second model call");

        // Before: the kept Answer of the first loader was returned and the caller's cast failed.
        assertThat(answer.toString()).isEqualTo("Answer[text=second model call]");
        assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.MISS);
        for (int i = 0; i < 50 && firstLoader.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(firstLoader.get()).as("the discarded class loader").isNull();
    }

    private WeakReference<ClassLoader> callOnce(AppLoader loader, String modelSays) throws Throwable {
        callOnceAndKeep(loader, modelSays);
        assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.MISS);
        return new WeakReference<>(loader);
    }

    /** Calls the reloaded service's cached method with the same argument and casts what it gets, as woven code would. */
    private Object callOnceAndKeep(AppLoader loader, String modelSays) throws Throwable {
        Class<?> siteClass = loader.loadClass(ReloadedSite.class.getName());
        Class<?> answerClass = loader.loadClass(ReloadedSite.Answer.class.getName());
        MethodSite site = (MethodSite) siteClass.getDeclaredConstructor().newInstance();
        Constructor<?> answer = answerClass.getDeclaredConstructor(String.class);
        Object result = engine.call(engine.resolve(site), null, new Object[] {"same prompt"},
                () -> answer.newInstance(modelSays));
        return answerClass.cast(result);
    }

    /** Loads the "application" classes itself, everything else (the library) from its parent. */
    private static final class AppLoader extends ClassLoader {
        AppLoader() {
            super(HotReloadTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(ReloadedSite.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }
    }
}
