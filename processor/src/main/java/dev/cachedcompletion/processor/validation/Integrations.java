package dev.cachedcompletion.processor.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the key encoders and value codecs that integration modules (cached-completion-langchain4j,
 * cached-completion-openai, ...) register for client-library types, by reading their registration
 * resources from the compile class path. The processor runs with its own class path, so it cannot
 * load an integration's classes; it only checks, through the compiler's model of them, that a
 * registered class can be instantiated by generated code and fits the type, and names it there.
 * Not thread-safe; one per processor.
 */
public final class Integrations {

    /*
     * Not under META-INF: javac's file manager indexes a jar by the directories whose names are Java
     * identifiers, so it never finds a resource below META-INF (or any hyphenated directory) in a jar,
     * though it does in a directory. The processor sees the class path only through javac's eyes.
     */
    static final String KEY_ENCODERS = "dev/cachedcompletion/spi/keyencoders/";
    static final String CODECS = "dev/cachedcompletion/spi/codecs/";
    static final String STREAMS = "dev/cachedcompletion/spi/streams/";
    static final String HANDLERS = "dev/cachedcompletion/spi/handlers/";
    private static final String KEY_ENCODER = "dev.cachedcompletion.spi.KeyEncoder";
    private static final String CODEC = "dev.cachedcompletion.spi.CompletionCodec";
    private static final String STREAM_ADAPTER = "dev.cachedcompletion.spi.StreamAdapter";
    private static final String HANDLER_ADAPTER = "dev.cachedcompletion.spi.StreamingHandlerAdapter";

    private final Filer filer;
    private final Elements elements;
    private final Types types;
    /** Resource path → the class name it holds, or empty if there is no such resource. */
    private final Map<String, Optional<String>> registrations = new HashMap<>();

    public Integrations(Filer filer, Elements elements, Types types) {
        this.filer = filer;
        this.elements = elements;
        this.types = types;
    }

    /**
     * The encoder registered for {@code type} or its nearest supertype that has one, or
     * {@code null}. Throws if the registration names a class that cannot serve.
     */
    public TypeElement keyEncoderFor(DeclaredType type) throws UnsupportedTypeException {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            TypeMirror next = pending.poll();
            if (next.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement element = (TypeElement) ((DeclaredType) next).asElement();
            String binaryName = elements.getBinaryName(element).toString();
            if (!seen.add(binaryName) || binaryName.equals("java.lang.Object")) {
                continue;
            }
            Optional<String> encoder = registration(KEY_ENCODERS + binaryName);
            if (encoder.isPresent()) {
                return checked(encoder.get(), KEY_ENCODERS + binaryName, KEY_ENCODER, element, false);
            }
            pending.addAll(types.directSupertypes(next));
        }
        return null;
    }

    /**
     * The codec registered for exactly {@code type}, or {@code null}. Throws if the registration
     * names a class that cannot serve.
     */
    public TypeElement codecFor(TypeMirror type) throws UnsupportedTypeException {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String resource = CODECS + elements.getBinaryName(element);
        Optional<String> codec = registration(resource);
        return codec.isPresent() ? checked(codec.get(), resource, CODEC, element, true) : null;
    }

    /**
     * The stream adapter registered for the raw type of {@code type} (a {@code Flux<T>}, say), or
     * {@code null}. Throws if the registration names a class that cannot serve.
     */
    public TypeElement streamAdapterFor(TypeMirror type) throws UnsupportedTypeException {
        return exactRegistration(type, STREAMS, STREAM_ADAPTER);
    }

    /**
     * The streaming-handler adapter registered for exactly the type of a parameter, or {@code null}.
     * Throws if the registration names a class that cannot serve.
     */
    public TypeElement handlerAdapterFor(TypeMirror type) throws UnsupportedTypeException {
        return exactRegistration(type, HANDLERS, HANDLER_ADAPTER);
    }

    /** The element type {@code E} a {@code StreamingHandlerAdapter<H, E>} records. */
    public TypeMirror handlerElementType(TypeElement adapter) {
        DeclaredType spi = implemented(adapter.asType(), HANDLER_ADAPTER, new HashSet<>());
        return spi == null || spi.getTypeArguments().size() != 2 ? null : spi.getTypeArguments().get(1);
    }

    private TypeElement exactRegistration(TypeMirror type, String folder, String spi) throws UnsupportedTypeException {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String resource = folder + elements.getBinaryName(element);
        Optional<String> registered = registration(resource);
        return registered.isPresent() ? checked(registered.get(), resource, spi, element, true) : null;
    }

    private TypeElement checked(String className, String resource, String spi, TypeElement served, boolean exact)
            throws UnsupportedTypeException {
        String where = "the class path resource " + resource + " names " + className;
        TypeElement implementation = elements.getTypeElement(className.replace('$', '.'));
        if (implementation == null) {
            throw new UnsupportedTypeException(where + ", which is not on the compile class path: add the "
                    + "integration module's jar in full, or remove the stale resource");
        }
        if (!implementation.getModifiers().contains(Modifier.PUBLIC)
                || implementation.getModifiers().contains(Modifier.ABSTRACT)
                || implementation.getKind() != ElementKind.CLASS
                || !hasPublicNoArgConstructor(implementation)) {
            throw new UnsupportedTypeException(where + ", which generated code cannot instantiate: it must be a "
                    + "public, non-abstract class with a public no-argument constructor");
        }
        TypeMirror handled = typeArgumentOf(implementation.asType(), spi, new HashSet<>());
        TypeMirror servedType = types.erasure(served.asType());
        boolean fits = handled != null && (exact
                ? types.isSameType(types.erasure(handled), servedType)
                : types.isAssignable(servedType, types.erasure(handled)));
        if (!fits) {
            throw new UnsupportedTypeException(where + ", which does not implement " + spi + "<"
                    + served.getQualifiedName() + ">" + (handled == null ? "" : " (it handles " + handled + ")"));
        }
        return implementation;
    }

    private boolean hasPublicNoArgConstructor(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    /** The first type argument with which {@code type} implements {@code spi}, or {@code null}. */
    private TypeMirror typeArgumentOf(TypeMirror type, String spi, Set<String> seen) {
        DeclaredType declared = implemented(type, spi, seen);
        return declared == null || declared.getTypeArguments().isEmpty() ? null : declared.getTypeArguments().get(0);
    }

    /** The parameterized {@code spi} that {@code type} implements, or {@code null}. */
    private DeclaredType implemented(TypeMirror type, String spi, Set<String> seen) {
        for (TypeMirror supertype : types.directSupertypes(type)) {
            if (supertype.getKind() != TypeKind.DECLARED) {
                continue;
            }
            DeclaredType declared = (DeclaredType) supertype;
            String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            if (name.equals(spi)) {
                return declared;
            }
            if (seen.add(name)) {
                DeclaredType found = implemented(supertype, spi, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Optional<String> registration(String resource) {
        return registrations.computeIfAbsent(resource, this::read);
    }

    /** The first line that is not blank or a {@code #} comment, as in {@code META-INF/services} files. */
    private Optional<String> read(String resource) {
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_PATH, "", resource);
            try (Reader reader = file.openReader(true); BufferedReader lines = new BufferedReader(reader)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        return Optional.of(name);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException absent) {
            return Optional.empty(); // no integration registered this type
        }
    }
}
