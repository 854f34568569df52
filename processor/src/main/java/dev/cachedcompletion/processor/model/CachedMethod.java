package dev.cachedcompletion.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Everything the writer needs to generate the key code of one valid {@code @CachedCompletion}
 * method.
 *
 * @param ttlMillis      from the annotation, or {@code -1} for the store's default
 * @param returnType     the type of the cached value: the return type, or {@code T} of an async method
 * @param async          whether the method returns {@code CompletableFuture<T>} or {@code CompletionStage<T>}
 * @param immutableValue whether the return type is deeply immutable (may be shared as an object)
 * @param valueShape     fingerprint of the return type's structure, written into stored values
 * @param codec          the integration's {@code CompletionCodec} for the value type, or {@code null}
 *                       for the built-in Jackson codec
 * @param stream         how the method streams its answer, or {@code null}; {@code returnType} is then
 *                       the element type
 */
public record CachedMethod(ExecutableElement method, String identity, String descriptor, int version,
        String model, long ttlMillis, TypeMirror returnType, boolean immutableValue, int valueShape,
        boolean isStatic, List<KeyIngredient> ingredients, boolean async, TypeElement codec, StreamForm stream) {
}
