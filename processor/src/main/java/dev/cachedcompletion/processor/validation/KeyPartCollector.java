package dev.cachedcompletion.processor.validation;

import dev.cachedcompletion.processor.Annotations;
import dev.cachedcompletion.processor.ErrorReporter;
import dev.cachedcompletion.processor.Names;
import dev.cachedcompletion.processor.model.KeyIngredient;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the {@code @KeyPart} members that count for the methods of a class: its own, those of its
 * superclasses and interfaces, and the static ones of the class enclosing an inner class (the order
 * is specified in docs/KEYS.md). A key part the generated sibling class cannot read is a compile
 * error naming it, never silently left out: a private member, a member another package hides, an
 * instance member of an enclosing instance (Java gives code outside an inner class no way to
 * reach {@code Outer.this}).
 */
public final class KeyPartCollector {

    static final String TAG = "CachedCompletionKeyPart";

    private final Elements elements;
    private final Types types;
    private final KeyTypeAnalyzer keyTypes;
    private final ErrorReporter errors;

    public KeyPartCollector(Elements elements, Types types, KeyTypeAnalyzer keyTypes, ErrorReporter errors) {
        this.elements = elements;
        this.types = types;
        this.keyTypes = keyTypes;
        this.errors = errors;
    }

    /** The valid key parts of {@code type}, in key order; invalid ones are reported. */
    public List<KeyIngredient> collect(TypeElement type) {
        List<KeyIngredient> parts = new ArrayList<>();
        List<ExecutableElement> methods = new ArrayList<>();
        for (TypeElement owner : Supertypes.ownThenInherited(type, types)) {
            for (Element member : owner.getEnclosedElements()) {
                AnnotationMirror annotation = Annotations.find(member, Names.KEY_PART);
                if (annotation == null || overridesOneCollected(member, methods, type)) {
                    continue;
                }
                KeyPartMember candidate = new KeyPartMember(type, owner, member, annotation);
                KeyIngredient part = read(candidate);
                if (part != null) {
                    parts.add(part);
                    if (member instanceof ExecutableElement method) {
                        methods.add(method);
                    }
                }
            }
        }
        addEnclosingInstanceParts(type, parts);
        return parts;
    }

    /** An inner class's key covers the key parts of its enclosing class: the static ones are read directly. */
    private void addEnclosingInstanceParts(TypeElement type, List<KeyIngredient> parts) {
        if (type.getNestingKind() != NestingKind.MEMBER || type.getModifiers().contains(Modifier.STATIC)
                || type.getKind().isInterface() || !(type.getEnclosingElement() instanceof TypeElement enclosing)
                || enclosing.getKind().isInterface()) {
            return;
        }
        for (KeyIngredient part : collect(enclosing)) {
            if (isStatic(part)) {
                parts.add(KeyIngredient.keyPart(enclosing.getSimpleName() + "." + part.label(), part.source(),
                        part.memberName(), part.owner() != null ? part.owner() : enclosing, part.type(), part.form()));
            } else {
                errors.error(type, TAG, "inner class " + type.getSimpleName() + " has an enclosing instance of "
                        + enclosing.getSimpleName() + " whose @KeyPart " + part.memberName() + " belongs in its "
                        + "keys, but the generated key code cannot read it: Java gives code outside the class no way "
                        + "to reach " + enclosing.getSimpleName() + ".this. Make " + type.getSimpleName()
                        + " a static nested class with its own @KeyPart, or move the @CachedCompletion method to "
                        + enclosing.getSimpleName());
            }
        }
    }

    private KeyIngredient read(KeyPartMember m) {
        if (!readable(m)) {
            return null;
        }
        boolean isStatic = m.member().getModifiers().contains(Modifier.STATIC);
        if (m.member().getKind() == ElementKind.FIELD) {
            return ingredient(m, memberType(m), isStatic ? KeyIngredient.Source.STATIC_FIELD
                    : KeyIngredient.Source.INSTANCE_FIELD);
        }
        ExecutableElement method = (ExecutableElement) m.member();
        if (!method.getParameters().isEmpty()) {
            report(m, "@KeyPart method " + m.name() + " takes arguments, so the generated key code cannot call it: "
                    + "use a method without parameters or a field");
            return null;
        }
        if (method.getReturnType().getKind() == TypeKind.VOID) {
            report(m, "@KeyPart method " + m.name() + " returns nothing: a key part must return the value that "
                    + "goes into the key");
            return null;
        }
        if (!method.getTypeParameters().isEmpty()) {
            report(m, "@KeyPart method " + m.name() + " is generic: declare a concrete return type");
            return null;
        }
        return ingredient(m, memberType(m), isStatic ? KeyIngredient.Source.STATIC_METHOD
                : KeyIngredient.Source.INSTANCE_METHOD);
    }

    private boolean readable(KeyPartMember m) {
        String what = m.member().getKind() == ElementKind.FIELD ? "field" : "method";
        if (m.member().getModifiers().contains(Modifier.PRIVATE)) {
            report(m, "@KeyPart " + what + " " + m.name() + " is private, so the generated key code (a class in "
                    + "the same package" + (m.inherited() ? " as " + m.type().getSimpleName() : "") + ") cannot read "
                    + "it: make it package-private, protected or public");
            return false;
        }
        if (!m.inherited()) {
            return true;
        }
        boolean samePackage = elements.getPackageOf(m.owner()).equals(elements.getPackageOf(m.type()));
        boolean needsOwnerType = m.member().getModifiers().contains(Modifier.STATIC)
                || m.member().getKind() == ElementKind.FIELD;
        if (!samePackage && (!m.member().getModifiers().contains(Modifier.PUBLIC)
                || needsOwnerType && !TypeFacts.isPublicFromOutside(m.owner()))) {
            report(m, "@KeyPart " + what + " " + m.name() + " of " + m.owner().getQualifiedName() + " belongs in the "
                    + "keys of " + m.type().getSimpleName() + ", but the generated key code (in the package of "
                    + m.type().getSimpleName() + ") cannot read it from another package: make it, and "
                    + m.owner().getSimpleName() + ", public");
            return false;
        }
        return true;
    }

    /** The member's type as {@code type} sees it: a superclass's {@code T} is the type argument given. */
    private TypeMirror memberType(KeyPartMember m) {
        if (m.member().getModifiers().contains(Modifier.STATIC)) {
            TypeMirror own = m.member().asType(); // not a member of subtypes (an interface's static method)
            return own instanceof ExecutableType method ? method.getReturnType() : own;
        }
        TypeMirror seen = types.asMemberOf((DeclaredType) m.type().asType(), m.member());
        return seen instanceof ExecutableType method ? method.getReturnType() : seen;
    }

    private KeyIngredient ingredient(KeyPartMember m, TypeMirror type, KeyIngredient.Source source) {
        try {
            String label = m.inherited() ? m.owner().getSimpleName() + "." + m.member().getSimpleName()
                    : m.member().getSimpleName().toString();
            return KeyIngredient.keyPart(label, source, m.member().getSimpleName().toString(),
                    m.inherited() ? m.owner() : null, type, keyTypes.analyze(type));
        } catch (UnsupportedTypeException e) {
            report(m, "@KeyPart " + m.name() + ": " + e.getMessage());
            return null;
        }
    }

    /** On the member itself when it is the class's own; on the class when it is inherited. */
    private void report(KeyPartMember m, String message) {
        if (m.inherited()) {
            errors.error(m.type(), TAG, message);
        } else {
            errors.error(m.member(), m.annotation(), TAG, message);
        }
    }

    /** A method a subclass overrides is read through the override (a virtual call): counted once. */
    private boolean overridesOneCollected(Element member, List<ExecutableElement> collected, TypeElement type) {
        if (!(member instanceof ExecutableElement method)) {
            return false;
        }
        for (ExecutableElement c : collected) {
            if (c.getSimpleName().equals(method.getSimpleName()) && elements.overrides(c, method, type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStatic(KeyIngredient part) {
        return part.source() == KeyIngredient.Source.STATIC_FIELD || part.source() == KeyIngredient.Source.STATIC_METHOD;
    }

    /** One annotated member met while collecting the key parts of {@code type}, declared in {@code owner}. */
    private record KeyPartMember(TypeElement type, TypeElement owner, Element member, AnnotationMirror annotation) {

        boolean inherited() {
            return !owner.equals(type);
        }

        /** How messages name it: {@code model}, or {@code BaseBot.model} when inherited. */
        String name() {
            return inherited() ? owner.getSimpleName() + "." + member.getSimpleName() : member.getSimpleName().toString();
        }
    }
}
