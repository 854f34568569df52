package dev.cachedcompletion.support;

/**
 * Implemented by each generated {@code <Class>_CachedCompletion} class: the key code of every
 * {@code @CachedCompletion} method declared in {@code <Class>}.
 */
public interface GeneratedKeys {

    /**
     * The site of the method with this descriptor — its name and erased parameter types as
     * {@link Class#getTypeName()} writes them, e.g. {@code joke(java.lang.String,int[])} — or
     * {@code null} if the class has no such cached method.
     */
    MethodSite site(String descriptor);
}
