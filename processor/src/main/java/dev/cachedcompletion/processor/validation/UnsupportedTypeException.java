package dev.cachedcompletion.processor.validation;

/** A type the processor cannot key or cache; the message says why and what to do instead. */
public final class UnsupportedTypeException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnsupportedTypeException(String message) {
        super(message);
    }
}
