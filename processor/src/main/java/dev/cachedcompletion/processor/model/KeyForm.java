package dev.cachedcompletion.processor.model;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * How the generated code turns one key value into its canonical immutable form, decided from the
 * static type at compile time.
 */
public sealed interface KeyForm {

    /** Already immutable and compared by value: strings, primitives and their boxes, enums, big numbers. */
    KeyForm LEAF = new Leaf();

    /** Whether the value is used as it is. */
    default boolean isLeaf() {
        return this instanceof Leaf;
    }

    /** Held as it is. */
    record Leaf() implements KeyForm {
    }

    /** {@code int[]}, {@code byte[]}, ...: copied. */
    record PrimitiveArray(TypeMirror type) implements KeyForm {
    }

    /** {@code List<E>}, {@code Set<E>} or {@code E[]}: copied, elements converted by {@code element}. */
    record Sequence(TypeMirror type, SequenceKind kind, KeyForm element) implements KeyForm {
    }

    /** {@code Map<K, V>}: copied into canonical key order. */
    record MapForm(TypeMirror type, KeyForm key, KeyForm value) implements KeyForm {
    }

    /** A record: its binary type name and each component through its accessor. */
    record RecordForm(TypeMirror type, String typeName, List<Component> components) implements KeyForm {
    }

    /**
     * A type an integration module keys through its {@code KeyEncoder}.
     *
     * @param encoder the encoder class the generated code instantiates once
     */
    record Encoded(TypeMirror type, javax.lang.model.element.TypeElement encoder) implements KeyForm {
    }

    /** One record component. */
    record Component(String accessor, KeyForm form) {
    }

    /** Which kind of sequence. */
    enum SequenceKind {
        LIST, SET, ARRAY
    }
}
