package dev.cachedcompletion.spring.unwoven;

import dev.cachedcompletion.spi.ElementSink;
import dev.cachedcompletion.spi.StreamingHandlerAdapter;

/** Records a {@link LineHandler}'s lines; the element {@link #END} says the answer was complete. */
public final class LineHandlerAdapter implements StreamingHandlerAdapter<LineHandler, String> {

    static final String END = "\u0000end";

    @Override
    public LineHandler recorder(ElementSink<String> sink) {
        return new LineHandler() {
            @Override
            public void onLine(String line) {
                sink.next(line);
            }

            @Override
            public void onDone() {
                sink.next(END);
                sink.complete();
            }

            @Override
            public void onError(Throwable failure) {
                sink.error(failure);
            }
        };
    }

    @Override
    public void deliver(LineHandler handler, String element, Runnable cancel) {
        if (END.equals(element)) {
            handler.onDone();
        } else {
            handler.onLine(element);
        }
    }

    @Override
    public void fail(LineHandler handler, Throwable failure) {
        handler.onError(failure);
    }
}
