package dev.cachedcompletion.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * How a cached method streams its answer: through the stream type it returns, or through a handler
 * parameter. The cached value is the list of elements of type {@code elementType}.
 *
 * @param streamAdapter  the adapter of the returned stream type, or {@code null} for a handler method
 * @param handlerAdapter the adapter of the handler parameter's type, or {@code null}
 * @param handlerIndex   the handler parameter's index, or {@code -1}
 */
public record StreamForm(TypeElement streamAdapter, TypeElement handlerAdapter, int handlerIndex,
        TypeMirror elementType) {

    public static StreamForm returned(TypeElement adapter, TypeMirror elementType) {
        return new StreamForm(adapter, null, -1, elementType);
    }

    public static StreamForm handler(TypeElement adapter, int index, TypeMirror elementType) {
        return new StreamForm(null, adapter, index, elementType);
    }
}
