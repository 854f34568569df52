package dev.cachedcompletion.processor.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.lang.model.element.TypeElement;

/** The order in which key parts are collected from a type's hierarchy (docs/KEYS.md, "key parts"). */
final class Supertypes {

    private Supertypes() {
    }

    /**
     * {@code type}, then its superclasses nearest first (without {@code Object}), then every interface
     * they implement, breadth-first from {@code type} and each once.
     */
    static List<TypeElement> ownThenInherited(TypeElement type, Types types) {
        List<TypeElement> classes = new ArrayList<>();
        for (TypeElement t = type; t != null; t = superclass(t)) {
            classes.add(t);
        }
        Set<TypeElement> interfaces = new LinkedHashSet<>();
        Deque<TypeElement> queue = new ArrayDeque<>(classes);
        while (!queue.isEmpty()) {
            TypeElement t = queue.removeFirst();
            for (TypeMirror i : t.getInterfaces()) {
                TypeElement element = (TypeElement) types.asElement(i);
                if (element != null && interfaces.add(element)) {
                    queue.addLast(element);
                }
            }
        }
        interfaces.removeAll(classes); // an interface's own members are already first
        List<TypeElement> all = new ArrayList<>(classes);
        all.addAll(interfaces);
        return all;
    }

    private static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }
}
