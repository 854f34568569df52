package dev.cachedcompletion.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One value that goes into a method's key: a {@code @KeyPart} member of the class, or an argument.
 *
 * @param label          written into the key: the member name, or {@code #i} for the i-th parameter
 * @param source         where the generated code reads it
 * @param memberName     the field or method name of a key part; unused for arguments
 * @param parameterIndex the parameter position of an argument; unused for key parts
 * @param owner          the supertype or enclosing class that declares an inherited key part, read
 *                       through it; {@code null} for the class's own members and for arguments
 * @param type           the type, as the declaring class sees it
 * @param form           how the value is canonicalized
 */
public record KeyIngredient(String label, Source source, String memberName, int parameterIndex,
        TypeElement owner, TypeMirror type, KeyForm form) {

    /** Where the value comes from. */
    public enum Source {
        INSTANCE_FIELD, INSTANCE_METHOD, STATIC_FIELD, STATIC_METHOD, ARGUMENT
    }

    public static KeyIngredient argument(int index, TypeMirror type, KeyForm form) {
        return new KeyIngredient("#" + index, Source.ARGUMENT, null, index, null, type, form);
    }

    public static KeyIngredient keyPart(String label, Source source, String memberName, TypeElement owner,
            TypeMirror type, KeyForm form) {
        return new KeyIngredient(label, source, memberName, -1, owner, type, form);
    }
}
