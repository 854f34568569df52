/**
 * Support for the code that {@code cached-completion-processor} generates. Public only because the
 * generated classes live in the users' packages; not an API to call by hand, and it may change
 * between versions together with the processor.
 */
package dev.cachedcompletion.support;
