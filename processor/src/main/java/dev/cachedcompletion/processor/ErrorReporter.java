package dev.cachedcompletion.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place diagnostics leave the processor. Every message is tied to an element (and to the
 * {@code @CachedCompletion} mirror where it concerns an attribute), starts with a stable tag such
 * as {@code [CachedCompletionVoid]}, and says what to do.
 */
public final class ErrorReporter {

    private final Messager messager;
    private int errorCount;

    public ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error on {@code element}; processing of the element's class goes on. */
    public void error(Element element, String tag, String message) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, "[" + tag + "] " + message, element);
    }

    /** Reports an error on one annotation of {@code element}. */
    public void error(Element element, AnnotationMirror annotation, String tag, String message) {
        errorCount++;
        messager.printMessage(Diagnostic.Kind.ERROR, "[" + tag + "] " + message, element, annotation);
    }

    /** The number of errors reported so far; a class with new errors gets no generated code. */
    public int errorCount() {
        return errorCount;
    }
}
