package dev.cachedcompletion.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finds annotation mirrors by name, so diagnostics can point at the annotation itself. */
public final class Annotations {

    private Annotations() {
    }

    /** The mirror of the annotation named {@code qualifiedName} on {@code element}, or null. */
    public static AnnotationMirror find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
                return mirror;
            }
        }
        return null;
    }
}
