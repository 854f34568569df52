package dev.cachedcompletion.internal.codec;

/** A value that cannot be encoded, or stored bytes that are not a value of the expected shape. */
public final class ValueCodecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ValueCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
