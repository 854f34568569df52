package dev.cachedcompletion.simulated;

/** A request the endpoint refuses with HTTP 400; the message goes to the client as OpenAI's error. */
final class InvalidRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidRequestException(String message) {
        super(message, null, false, false); // the client sees the message; a stack trace helps no one
    }
}
