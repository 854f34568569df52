package dev.cachedcompletion.clients;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * An OkHttp interceptor that holds every response body after its first server-sent event (the bytes
 * up to the first blank line) until {@link #release()}: the rest of the model's stream cannot be read
 * by anyone before the test says so. A client that needs more than the first event before it hands
 * the first chunk to its caller waits here; after {@link #HOLD_BOUND_SECONDS} the read fails instead
 * (a failing test, not a hung one).
 */
final class HeldAfterFirstEvent implements Interceptor {

    static final long HOLD_BOUND_SECONDS = 10;

    private final CountDownLatch released = new CountDownLatch(1);

    void release() {
        released.countDown();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        ForwardingSource held = new ForwardingSource(body.source()) {
            private boolean afterNewline;
            private boolean firstEventRead;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (firstEventRead) {
                    awaitRelease();
                }
                long before = sink.size();
                long read = super.read(sink, firstEventRead ? byteCount : 1); // byte by byte up to the first blank line
                for (long i = before; i < before + Math.max(read, 0); i++) {
                    boolean newline = sink.getByte(i) == '\n';
                    firstEventRead |= newline && afterNewline;
                    afterNewline = newline;
                }
                return read;
            }
        };
        return response.newBuilder()
                .body(ResponseBody.create(Okio.buffer(held), body.contentType(), body.contentLength()))
                .build();
    }

    private void awaitRelease() throws IOException {
        try {
            if (!released.await(HOLD_BOUND_SECONDS, TimeUnit.SECONDS)) {
                throw new InterruptedIOException("the stream was held after its first event for "
                        + HOLD_BOUND_SECONDS + " s and the test never released it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the stream was held");
        }
    }
}
