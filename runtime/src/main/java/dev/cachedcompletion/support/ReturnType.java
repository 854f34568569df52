package dev.cachedcompletion.support;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Captures the full generic return type of a cached method, written by generated code as
 * {@code new ReturnType<List<Map<String, Answer>>>() {}}. Read once when the generated class is
 * initialized, never on a call.
 */
public abstract class ReturnType<T> {

    private final Type type;

    protected ReturnType() {
        Type superclass = getClass().getGenericSuperclass();
        this.type = ((ParameterizedType) superclass).getActualTypeArguments()[0];
    }

    /** The captured type, with all its type arguments. */
    public final Type type() {
        return type;
    }
}
