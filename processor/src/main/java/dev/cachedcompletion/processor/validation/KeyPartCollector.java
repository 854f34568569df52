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
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the {@code @KeyPart} members of a class: fields, or methods without parameters, that the
 * generated sibling class can read. Reports every misuse on its member.
 */
public final class KeyPartCollector {

    static final String TAG = "CachedCompletionKeyPart";

    private final KeyTypeAnalyzer keyTypes;
    private final ErrorReporter errors;

    public KeyPartCollector(KeyTypeAnalyzer keyTypes, ErrorReporter errors) {
        this.keyTypes = keyTypes;
        this.errors = errors;
    }

    /** The valid key parts of {@code type}, in declaration order; invalid ones are reported. */
    public List<KeyIngredient> collect(TypeElement type) {
        List<KeyIngredient> parts = new ArrayList<>();
        for (Element member : type.getEnclosedElements()) {
            AnnotationMirror annotation = Annotations.find(member, Names.KEY_PART);
            if (annotation == null) {
                continue;
            }
            KeyIngredient part = member.getKind() == ElementKind.FIELD
                    ? field(member, annotation)
                    : method((ExecutableElement) member, annotation);
            if (part != null) {
                parts.add(part);
            }
        }
        return parts;
    }

    private KeyIngredient field(Element field, AnnotationMirror annotation) {
        if (!readable(field, annotation, "field")) {
            return null;
        }
        boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
        return ingredient(field, annotation, field.asType(),
                isStatic ? KeyIngredient.Source.STATIC_FIELD : KeyIngredient.Source.INSTANCE_FIELD);
    }

    private KeyIngredient method(ExecutableElement method, AnnotationMirror annotation) {
        if (!readable(method, annotation, "method")) {
            return null;
        }
        if (!method.getParameters().isEmpty()) {
            errors.error(method, annotation, TAG, "@KeyPart method " + method.getSimpleName() + " takes arguments, "
                    + "so the generated key code cannot call it: use a method without parameters or a field");
            return null;
        }
        if (method.getReturnType().getKind() == TypeKind.VOID) {
            errors.error(method, annotation, TAG, "@KeyPart method " + method.getSimpleName()
                    + " returns nothing: a key part must return the value that goes into the key");
            return null;
        }
        if (!method.getTypeParameters().isEmpty()) {
            errors.error(method, annotation, TAG, "@KeyPart method " + method.getSimpleName()
                    + " is generic: declare a concrete return type");
            return null;
        }
        boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
        return ingredient(method, annotation, method.getReturnType(),
                isStatic ? KeyIngredient.Source.STATIC_METHOD : KeyIngredient.Source.INSTANCE_METHOD);
    }

    private boolean readable(Element member, AnnotationMirror annotation, String what) {
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            errors.error(member, annotation, TAG, "@KeyPart " + what + " " + member.getSimpleName() + " is private, "
                    + "so the generated key code (a class in the same package) cannot read it: make it "
                    + "package-private, protected or public");
            return false;
        }
        return true;
    }

    private KeyIngredient ingredient(Element member, AnnotationMirror annotation, TypeMirror type,
            KeyIngredient.Source source) {
        try {
            return KeyIngredient.keyPart(member.getSimpleName().toString(), source, type, keyTypes.analyze(type));
        } catch (UnsupportedTypeException e) {
            errors.error(member, annotation, TAG, "@KeyPart " + member.getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }
}
