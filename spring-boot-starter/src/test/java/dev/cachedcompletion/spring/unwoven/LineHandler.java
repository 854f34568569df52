package dev.cachedcompletion.spring.unwoven;

/** A client's streaming callback, in the shape of LangChain4j's handlers: lines, then done or an error. */
public interface LineHandler {

    void onLine(String line);

    void onDone();

    void onError(Throwable failure);
}
