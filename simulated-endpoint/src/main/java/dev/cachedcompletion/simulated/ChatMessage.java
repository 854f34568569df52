package dev.cachedcompletion.simulated;

/**
 * One entry of a request's {@code messages}, reduced to what the simulated model reads.
 *
 * @param role the sender: {@code system}, {@code user}, {@code assistant}, {@code tool}, ...
 * @param text the message's text; content parts are joined, and no content is the empty string
 */
record ChatMessage(String role, String text) {

    boolean isFrom(String sender) {
        return role.equals(sender);
    }
}
