package dev.cachedcompletion.internal;

import dev.cachedcompletion.naming.GeneratedNames;
import dev.cachedcompletion.support.GeneratedKeys;
import dev.cachedcompletion.support.MethodSite;

/**
 * Finds the generated key code of an intercepted method: the class beside the declaring class that
 * {@link GeneratedNames} names, the rule the processor names it by. Runs once per join point; this
 * is the only reflection in the call path.
 */
final class GeneratedKeysLookup {

    private GeneratedKeysLookup() {
    }

    /** The binary name of the generated class for {@code declaring}. */
    static String generatedClassName(Class<?> declaring) {
        return GeneratedNames.keysClass(declaring.getName());
    }

    /** {@code name(type,type)} with {@link Class#getTypeName()}, as the processor writes descriptors. */
    static String descriptor(String methodName, Class<?>[] parameterTypes) {
        StringBuilder sb = new StringBuilder(methodName).append('(');
        for (int i = 0; i < parameterTypes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(parameterTypes[i].getTypeName());
        }
        return sb.append(')').toString();
    }

    /**
     * The site, or a {@link MissingKeyCodeException} saying what the build lacks. Generated
     * classes are loaded through the declaring class's loader.
     */
    static MethodSite find(Class<?> declaring, String descriptor) {
        String className = generatedClassName(declaring);
        GeneratedKeys keys;
        try {
            Class<?> generated = Class.forName(className, true, declaring.getClassLoader());
            keys = (GeneratedKeys) generated.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new MissingKeyCodeException(declaring.getName() + "." + descriptor
                    + " is intercepted (woven or proxied) but has no generated key code (" + className + " is missing): add "
                    + "dev.cachedcompletion:cached-completion-processor to <annotationProcessorPaths> of "
                    + "maven-compiler-plugin and rebuild. The method runs uncached until then.");
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            throw new MissingKeyCodeException("cannot load the generated key code " + className + " of "
                    + declaring.getName() + ": " + e + ". Rebuild with the same version of "
                    + "cached-completion-processor and cached-completion-runtime. The method runs uncached.");
        }
        MethodSite site = keys.site(descriptor);
        if (site == null) {
            throw new MissingKeyCodeException(className + " has no key code for " + descriptor
                    + ": the class was changed without running the annotation processor again. Rebuild "
                    + "(mvn clean compile). The method runs uncached until then.");
        }
        return site;
    }

    /** Why a woven method cannot be cached. */
    static final class MissingKeyCodeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingKeyCodeException(String message) {
            super(message);
        }
    }
}
