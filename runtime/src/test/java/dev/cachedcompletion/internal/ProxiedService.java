package dev.cachedcompletion.internal;

/** Stands for a user class whose cached method a proxy intercepts (key code: {@link ProxiedService_CachedCompletion}). */
public class ProxiedService {

    public String ask(String prompt) {
        return "answer to " + prompt;
    }
}
