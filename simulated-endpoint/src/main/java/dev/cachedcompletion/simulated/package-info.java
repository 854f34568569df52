/**
 * A local stand-in for the OpenAI Chat Completions endpoint: {@link
 * dev.cachedcompletion.simulated.SimulatedChatEndpoint} answers the real OpenAI and LangChain4j
 * clients over loopback HTTP with deterministic, plainly simulated text, whole or streamed, so that
 * tests can count the calls that reach "the model", cut a stream on purpose, and the demo can run
 * without an API key. Everything except that class is internal.
 */
package dev.cachedcompletion.simulated;
