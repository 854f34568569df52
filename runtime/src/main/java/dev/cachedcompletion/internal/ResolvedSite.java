package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.codec.AnswerCodec;
import dev.cachedcompletion.internal.codec.StreamCodec;
import dev.cachedcompletion.internal.stream.ElementEncoder;
import dev.cachedcompletion.support.MethodSite;
import java.lang.System.Logger.Level;

/**
 * A cached method as the engine uses it: the generated site, its result shape, its codec, its
 * counters and its failure logs — one streak per method and operation, so that one failing method
 * neither floods the log nor hides another method's failures.
 *
 * <p>A codec that cannot be set up (a Jackson module missing or of a clashing version) leaves the
 * method uncacheable: logged once here, and every call runs as a counted miss.
 */
final class ResolvedSite {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    final MethodSite method;
    final ResultShape shape;
    final MethodStats stats;
    /** {@code null} when the codec could not be set up. */
    final AnswerCodec codec;

    final FailureLog keyFailures;
    final FailureLog readFailures;
    final FailureLog writeFailures;
    final FailureLog encodeFailures;
    final FailureLog decodeFailures;
    final FailureLog leaseFailures;

    ResolvedSite(MethodSite method, ResultShape shape, MethodStats stats) {
        this.method = method;
        this.shape = shape;
        this.stats = stats;
        String identity = method.identity();
        this.keyFailures = new FailureLog("building a cache key", identity);
        this.readFailures = new FailureLog("reading from the cache store", identity);
        this.writeFailures = new FailureLog("writing to the cache store", identity);
        this.encodeFailures = new FailureLog("encoding an answer", identity);
        this.decodeFailures = new FailureLog("decoding a stored answer", identity);
        this.leaseFailures = new FailureLog("coordinating a call with other processes", identity);
        this.codec = setUpCodec(method);
    }

    private static AnswerCodec setUpCodec(MethodSite method) {
        try {
            return AnswerCodec.forSite(method);
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "cached-completion: cannot set up the value codec of " + method.identity()
                    + " (its return type " + method.returnType().getTypeName() + "); the method runs uncached "
                    + "in this JVM. Check that the Jackson modules on the class path match jackson-databind: " + e, e);
            return null;
        }
    }

    /** How a streaming method encodes each element as it arrives; {@code null} for other methods. */
    ElementEncoder elementEncoder() {
        return codec instanceof StreamCodec streams ? streams::encodeElement : null;
    }

    /** Whether answers of this method can be encoded at all. */
    boolean hasCodec() {
        return codec != null;
    }
}
