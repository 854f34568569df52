package dev.cachedcompletion.processor.validation;

import dev.cachedcompletion.processor.model.KeyForm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides, from a static type, how a key value is canonicalized — or why it cannot be part of a key.
 * Keyable: primitives and their boxes, {@code String}, {@code BigDecimal}, {@code BigInteger},
 * enums, records of keyable components, {@code List}, {@code Set} and {@code Map} of keyable types,
 * and arrays of those; and types for which an integration module on the class path registered a
 * {@code KeyEncoder} (see {@link Integrations}).
 */
public final class KeyTypeAnalyzer {

    private static final String ADVICE = "use a String, a primitive, an enum, a record, or a List, Set, Map or "
            + "array of those; or a client-library request type whose integration module is on the class path "
            + "(cached-completion-langchain4j, cached-completion-openai); or mark the parameter @ExcludeFromKey "
            + "if it does not change the answer";

    private final Types types;
    private final Elements elements;
    private final TypeFacts facts;
    private final Integrations integrations;

    public KeyTypeAnalyzer(Elements elements, Types types, Integrations integrations) {
        this.types = types;
        this.elements = elements;
        this.facts = new TypeFacts(elements, types);
        this.integrations = integrations;
    }

    /** The canonical form of {@code type}; throws with the reason it cannot be keyed. */
    public KeyForm analyze(TypeMirror type) throws UnsupportedTypeException {
        return analyze(type, new ArrayDeque<>());
    }

    private KeyForm analyze(TypeMirror type, Deque<String> enclosingRecords) throws UnsupportedTypeException {
        if (facts.isValueType(type)) {
            if (type.getKind() == TypeKind.DECLARED && TypeFacts.isPrivate(((DeclaredType) type).asElement())) {
                throw unsupported(type, "it is private, so the generated key code cannot name it: make it package-private");
            }
            return KeyForm.LEAF;
        }
        switch (type.getKind()) {
            case ARRAY:
                TypeMirror component = ((ArrayType) type).getComponentType();
                if (component.getKind().isPrimitive()) {
                    return new KeyForm.PrimitiveArray(type);
                }
                return new KeyForm.Sequence(type, KeyForm.SequenceKind.ARRAY, analyze(component, enclosingRecords));
            case TYPEVAR:
                throw unsupported(type, "it is a type variable, whose values have no declared canonical form: "
                        + "declare a concrete type");
            case WILDCARD:
                throw unsupported(type, "a wildcard has no declared canonical form: declare a concrete type");
            case DECLARED:
                return analyzeDeclared((DeclaredType) type, enclosingRecords);
            default:
                throw unsupported(type, ADVICE);
        }
    }

    private KeyForm analyzeDeclared(DeclaredType type, Deque<String> enclosingRecords) throws UnsupportedTypeException {
        String name = TypeFacts.qualifiedName(type);
        String noValue = facts.noStableValueReason(type);
        if (noValue != null) {
            throw unsupported(type, noValue);
        }
        if (name.equals("java.lang.Object")) {
            throw unsupported(type, "Object has no stable value to key on: declare a more specific type, "
                    + "or mark the parameter @ExcludeFromKey");
        }
        if (facts.isRawGeneric(type)) {
            throw unsupported(type, "it is a raw type: declare its type arguments, e.g. List<String>");
        }
        switch (name) {
            case "java.util.List":
                return new KeyForm.Sequence(type, KeyForm.SequenceKind.LIST, typeArgument(type, 0, enclosingRecords));
            case "java.util.Set":
                return new KeyForm.Sequence(type, KeyForm.SequenceKind.SET, typeArgument(type, 0, enclosingRecords));
            case "java.util.Map":
                return new KeyForm.MapForm(type, typeArgument(type, 0, enclosingRecords),
                        typeArgument(type, 1, enclosingRecords));
            default:
                break;
        }
        TypeElement encoder = integrations.keyEncoderFor(type);
        if (encoder != null) {
            return new KeyForm.Encoded(type, encoder);
        }
        if (type.asElement().getKind() == ElementKind.RECORD) {
            return analyzeRecord(type, enclosingRecords);
        }
        if (facts.isSubtypeOf(type, "java.lang.Iterable")) {
            throw unsupported(type, "only List and Set have a canonical order: declare the parameter as List<...> "
                    + "or Set<...>");
        }
        if (facts.isSubtypeOf(type, "java.util.Map")) {
            throw unsupported(type, "declare the parameter as Map<...>");
        }
        if (name.equals("java.util.Optional")) {
            throw unsupported(type, "pass the value itself (null when absent)");
        }
        throw unsupported(type, "it has no declared canonical form: " + ADVICE);
    }

    private KeyForm typeArgument(DeclaredType type, int index, Deque<String> enclosingRecords)
            throws UnsupportedTypeException {
        return analyze(type.getTypeArguments().get(index), enclosingRecords);
    }

    private KeyForm analyzeRecord(DeclaredType type, Deque<String> enclosingRecords) throws UnsupportedTypeException {
        TypeElement record = (TypeElement) type.asElement();
        String typeName = elements.getBinaryName(record).toString();
        if (TypeFacts.isPrivate(record)) {
            throw unsupported(type, "it is private, so the generated key code cannot read it: make it package-private");
        }
        if (enclosingRecords.contains(typeName)) {
            throw unsupported(type, "the record contains itself; a key must be a finite value");
        }
        enclosingRecords.push(typeName);
        List<KeyForm.Component> components = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            TypeMirror componentType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
            try {
                components.add(new KeyForm.Component(accessor.getSimpleName().toString(),
                        analyze(componentType, enclosingRecords)));
            } catch (UnsupportedTypeException e) {
                throw new UnsupportedTypeException("record component " + record.getSimpleName() + "."
                        + component.getSimpleName() + ": " + e.getMessage());
            }
        }
        enclosingRecords.pop();
        return new KeyForm.RecordForm(type, typeName, components);
    }

    private static UnsupportedTypeException unsupported(TypeMirror type, String reason) {
        return new UnsupportedTypeException(type + " cannot be part of a cache key: " + reason);
    }
}
