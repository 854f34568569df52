package dev.cachedcompletion.processor.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules for return types: whether Jackson can rebuild a value from the exact declared type
 * (without type ids in the data), whether the value is deeply immutable (so a memory store may hand
 * the same object to every caller), and a fingerprint of its structure.
 */
public final class ReturnTypeAnalyzer {

    /** Immutable JDK types Jackson reads with the jdk8 and java-time modules the runtime registers. */
    private static final Set<String> IMMUTABLE_JDK_TYPES = Set.of(
            "java.util.UUID", "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Duration",
            "java.time.Period", "java.time.Year", "java.time.YearMonth");

    private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
    private static final String JSON_TYPE_INFO = "com.fasterxml.jackson.annotation.JsonTypeInfo";

    /** Asynchronous return types whose completed value is cached. */
    private static final Set<String> ASYNC_TYPES = Set.of(
            "java.util.concurrent.CompletableFuture", "java.util.concurrent.CompletionStage");

    private final Types types;
    private final Elements elements;
    private final TypeFacts facts;

    public ReturnTypeAnalyzer(Elements elements, Types types) {
        this.types = types;
        this.elements = elements;
        this.facts = new TypeFacts(elements, types);
    }

    /**
     * For {@code CompletableFuture<T>} or {@code CompletionStage<T>} with a concrete {@code T}: that
     * {@code T}, whose values are cached. {@code null} for any other type.
     */
    public TypeMirror asyncValueType(TypeMirror returnType) {
        if (returnType.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) returnType;
        if (!ASYNC_TYPES.contains(TypeFacts.qualifiedName(declared)) || declared.getTypeArguments().size() != 1) {
            return null;
        }
        TypeMirror value = declared.getTypeArguments().get(0);
        return value.getKind() == TypeKind.DECLARED || value.getKind() == TypeKind.ARRAY ? value : null;
    }

    /** Throws with the reason if Jackson cannot rebuild values of {@code type} from their JSON. */
    public void checkRebuildable(TypeMirror type) throws UnsupportedTypeException {
        checkRebuildable(type, new HashSet<>());
    }

    private void checkRebuildable(TypeMirror type, Set<String> visiting) throws UnsupportedTypeException {
        if (isLeaf(type)) {
            return;
        }
        switch (type.getKind()) {
            case ARRAY:
                checkRebuildable(((ArrayType) type).getComponentType(), visiting);
                return;
            case TYPEVAR:
            case WILDCARD:
                throw unsupported(type, "a type variable or wildcard does not say which class to build: "
                        + "declare a concrete type");
            case DECLARED:
                checkDeclared((DeclaredType) type, visiting);
                return;
            default:
                throw unsupported(type, "only values can be cached");
        }
    }

    private void checkDeclared(DeclaredType type, Set<String> visiting) throws UnsupportedTypeException {
        String name = TypeFacts.qualifiedName(type);
        if (facts.isSubtypeOf(type, "java.util.concurrent.Future")
                || facts.isSubtypeOf(type, "java.util.concurrent.CompletionStage")) {
            throw unsupported(type, ASYNC_TYPES.contains(name)
                    ? "declare the type of the value it completes with, e.g. CompletableFuture<String>"
                    : "asynchronous methods are cached when they return CompletableFuture<T> or CompletionStage<T>: "
                    + "declare one of those");
        }
        if (facts.noStableValueReason(type) != null) {
            throw unsupported(type, "it is not data that can be stored and handed out again (a stream, "
                    + "iterator, function or handle): return the data itself, e.g. a List or a record");
        }
        if (name.equals("java.lang.Object")) {
            throw unsupported(type, "Object does not say which class to build, and the cache never reads class "
                    + "names from stored data: declare the concrete return type");
        }
        if (facts.isRawGeneric(type)) {
            throw unsupported(type, "it is a raw type: declare its type arguments, e.g. List<String>");
        }
        if (TypeFacts.isPrivate(type.asElement())) {
            throw unsupported(type, "it is private: make it package-private so generated code can name it");
        }
        if (name.equals("java.util.Optional") || isJdkCollection(type)) {
            for (TypeMirror argument : type.getTypeArguments()) {
                checkRebuildable(argument, visiting);
            }
            if (facts.isSubtypeOf(type, "java.util.Map") && !facts.isValueType(type.getTypeArguments().get(0))) {
                throw unsupported(type, "map keys must be strings, numbers or enums to be written as JSON");
            }
            return;
        }
        TypeElement element = (TypeElement) type.asElement();
        if (!visiting.add(element.getQualifiedName().toString())) {
            return; // a recursive structure: checked where it started
        }
        checkNoClassNameTypeIds(type, element);
        if (hasAnnotation(element, JSON_TYPE_INFO)) {
            return; // polymorphic by logical type names (@JsonSubTypes): Jackson picks the subtype from the name
        }
        if (element.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                checkRebuildable(componentType(type, component), visiting);
            }
            return;
        }
        checkBean(type, element);
        for (TypeMirror argument : type.getTypeArguments()) {
            checkRebuildable(argument, visiting);
        }
    }

    private void checkBean(DeclaredType type, TypeElement element) throws UnsupportedTypeException {
        if (element.getKind() == ElementKind.INTERFACE || element.getModifiers().contains(Modifier.ABSTRACT)) {
            throw unsupported(type, "it is abstract, and the cache never reads class names from stored data, so "
                    + "Jackson could not choose a class to build: declare a concrete class or a record");
        }
        if (element.getNestingKind() == NestingKind.MEMBER && !element.getModifiers().contains(Modifier.STATIC)) {
            throw unsupported(type, "an inner class needs its outer instance to be built: make it static");
        }
        boolean hasCreator = false;
        for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
            hasCreator |= constructor.getParameters().isEmpty() || hasAnnotation(constructor, JSON_CREATOR);
        }
        for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
            hasCreator |= method.getModifiers().contains(Modifier.STATIC) && hasAnnotation(method, JSON_CREATOR);
        }
        if (!hasCreator) {
            throw unsupported(type, "Jackson needs a no-argument constructor or a @JsonCreator to build it: "
                    + "add one, or return a record");
        }
    }

    /**
     * {@code @JsonTypeInfo(use = CLASS or MINIMAL_CLASS)} asks Jackson to read class names from the
     * data, which the codec refuses for every stored value: such a method would never hit.
     */
    private void checkNoClassNameTypeIds(DeclaredType type, TypeElement element) throws UnsupportedTypeException {
        AnnotationMirror typeInfo = dev.cachedcompletion.processor.Annotations.find(element, JSON_TYPE_INFO);
        if (typeInfo == null) {
            return;
        }
        for (var entry : typeInfo.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("use")) {
                String id = entry.getValue().getValue().toString();
                if (id.equals("CLASS") || id.equals("MINIMAL_CLASS")) {
                    throw unsupported(type, "@JsonTypeInfo(use = " + id + ") reads class names from stored data, "
                            + "which the cache never does (a cache file is untrusted input): use "
                            + "@JsonTypeInfo(use = Id.NAME) with @JsonSubTypes");
                }
            }
        }
    }

    /** Whether every value of {@code type} is deeply immutable. */
    public boolean isImmutable(TypeMirror type) {
        return isImmutable(type, new HashSet<>());
    }

    private boolean isImmutable(TypeMirror type, Set<String> visiting) {
        if (isLeaf(type)) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false; // arrays can be written to
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() != ElementKind.RECORD || !visiting.add(element.getQualifiedName().toString())) {
            return false;
        }
        for (RecordComponentElement component : element.getRecordComponents()) {
            if (!isImmutable(componentType(declared, component), visiting)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A fingerprint of the structure of {@code type}: names and types of record components and
     * bean fields, recursively. Stored values of another fingerprint are misses, not misreads.
     */
    public int shapeFingerprint(TypeMirror type) {
        StringBuilder shape = new StringBuilder();
        describe(type, shape, new HashSet<>());
        return fingerprint(shape.toString());
    }

    /** The first four bytes of the SHA-256 of {@code description}, as an int. */
    public static int fingerprint(String description) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
            return ((d[0] & 0xFF) << 24) | ((d[1] & 0xFF) << 16) | ((d[2] & 0xFF) << 8) | (d[3] & 0xFF);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private void describe(TypeMirror type, StringBuilder out, Set<String> visiting) {
        if (type.getKind() == TypeKind.ARRAY) {
            describe(((ArrayType) type).getComponentType(), out, visiting);
            out.append("[]");
            return;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            out.append(type);
            return;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        out.append(elements.getBinaryName(element));
        if (!declared.getTypeArguments().isEmpty()) {
            out.append('<');
            for (TypeMirror argument : declared.getTypeArguments()) {
                describe(argument, out, visiting);
                out.append(',');
            }
            out.append('>');
        }
        String name = element.getQualifiedName().toString();
        if (isLeaf(type) || name.startsWith("java.") || !visiting.add(name)) {
            return;
        }
        out.append('{');
        if (element.getKind() == ElementKind.RECORD) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                out.append(component.getSimpleName()).append(':');
                describe(componentType(declared, component), out, visiting);
                out.append(';');
            }
        } else {
            describeFields(element, out, visiting);
        }
        out.append('}');
    }

    private void describeFields(TypeElement element, StringBuilder out, Set<String> visiting) {
        for (TypeElement t = element; t != null && !t.getQualifiedName().contentEquals("java.lang.Object"); ) {
            for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)) {
                    out.append(field.getSimpleName()).append(':');
                    describe(field.asType(), out, visiting);
                    out.append(';');
                }
            }
            TypeMirror superclass = t.getSuperclass();
            t = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
        }
    }

    private boolean isLeaf(TypeMirror type) {
        if (facts.isValueType(type)) {
            return true;
        }
        return type.getKind() == TypeKind.DECLARED
                && IMMUTABLE_JDK_TYPES.contains(TypeFacts.qualifiedName((DeclaredType) type));
    }

    private boolean isJdkCollection(DeclaredType type) {
        String name = TypeFacts.qualifiedName(type);
        return name.startsWith("java.util.")
                && (facts.isSubtypeOf(type, "java.util.Collection") || facts.isSubtypeOf(type, "java.util.Map"));
    }

    private TypeMirror componentType(DeclaredType record, RecordComponentElement component) {
        return ((ExecutableType) types.asMemberOf(record, component.getAccessor())).getReturnType();
    }

    private static boolean hasAnnotation(Element element, String annotation) {
        return element.getAnnotationMirrors().stream().anyMatch(m ->
                ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation));
    }

    private static UnsupportedTypeException unsupported(TypeMirror type, String reason) {
        return new UnsupportedTypeException("the return type " + type + " cannot be cached: " + reason);
    }
}
