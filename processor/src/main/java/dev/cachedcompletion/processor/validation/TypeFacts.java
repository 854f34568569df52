package dev.cachedcompletion.processor.validation;

import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about types that both the key and the return-type rules ask. */
final class TypeFacts {

    /** Immutable, compared by value, encoded by the canonical key encoding as they are. */
    static final Set<String> VALUE_TYPES = Set.of(
            "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
            "java.lang.Character", "java.lang.Boolean", "java.lang.Double", "java.lang.Float",
            "java.math.BigDecimal", "java.math.BigInteger");

    private final Elements elements;
    private final Types types;

    TypeFacts(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    static String qualifiedName(DeclaredType type) {
        return ((TypeElement) type.asElement()).getQualifiedName().toString();
    }

    boolean isValueType(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return true;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType declared = (DeclaredType) type;
        return VALUE_TYPES.contains(qualifiedName(declared)) || declared.asElement().getKind() == ElementKind.ENUM;
    }

    /** Whether {@code type} is a subtype of the class or interface named {@code qualifiedName}. */
    boolean isSubtypeOf(TypeMirror type, String qualifiedName) {
        TypeElement other = elements.getTypeElement(qualifiedName);
        return other != null && types.isSubtype(types.erasure(type), types.erasure(other.asType()));
    }

    boolean isRawGeneric(DeclaredType type) {
        return type.getTypeArguments().isEmpty()
                && !((TypeElement) type.asElement()).getTypeParameters().isEmpty();
    }

    boolean isFunctionalInterface(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        return element.getKind() == ElementKind.INTERFACE && elements.isFunctionalInterface(element);
    }

    /** The element or one of its enclosing classes is private: generated siblings cannot name it. */
    static boolean isPrivate(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }

    /** The type and every class enclosing it are public: code in any package can name it. */
    static boolean isPublicFromOutside(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** Explains why a handle-like or function-like type has no stable value, or returns null. */
    String noStableValueReason(TypeMirror type) {
        if (isSubtypeOf(type, "java.util.stream.BaseStream")) {
            return "a stream is consumed when it is read, so it has no value to key on: pass a List";
        }
        if (isSubtypeOf(type, "java.util.Iterator") || isSubtypeOf(type, "java.util.Spliterator")
                || isSubtypeOf(type, "java.util.Enumeration")) {
            return "an iterator is consumed when it is read, so it has no value to key on: pass a List";
        }
        if (isSubtypeOf(type, "java.lang.AutoCloseable")) {
            return "it is an I/O handle, not a value: pass the content it would read";
        }
        if (isSubtypeOf(type, "java.io.File") || isSubtypeOf(type, "java.nio.file.Path")) {
            return "a file name says nothing about the file's content: pass the content, or the name as a String";
        }
        // Iterable has a single abstract method too, but it is a collection: the key rules explain that case.
        if (type.getKind() == TypeKind.DECLARED && isFunctionalInterface((DeclaredType) type)
                && !isSubtypeOf(type, "java.lang.Iterable")) {
            return "a function has no value that can be compared: pass the data it would produce";
        }
        if (isSubtypeOf(type, "java.util.concurrent.Future") || isSubtypeOf(type, "java.util.concurrent.CompletionStage")) {
            return "a future is a value that is not there yet: pass the value it completes with";
        }
        return null;
    }
}
