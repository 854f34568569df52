package dev.cachedcompletion.spi;

/** A store spec that cannot be used; the message says which part is wrong and why. */
public class StoreSpecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public StoreSpecException(String message) {
        super(message);
    }
}
