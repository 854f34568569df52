package dev.cachedcompletion.processor.validation;

import dev.cachedcompletion.processor.ErrorReporter;
import dev.cachedcompletion.processor.model.StreamForm;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Recognises methods that stream their answer: a return type with a registered stream adapter
 * ({@code Flow.Publisher<T>}, {@code Flux<T>}, {@code Stream<T>}, a client's streaming response), or a
 * {@code void} method with one parameter of a type that has a registered streaming-handler adapter.
 */
final class StreamForms {

    private final Integrations integrations;
    private final ErrorReporter errors;

    StreamForms(Integrations integrations, ErrorReporter errors) {
        this.integrations = integrations;
        this.errors = errors;
    }

    /** The stream form of {@code method}, or {@code null} if it does not stream (or has errors, reported). */
    StreamForm form(ExecutableElement method, AnnotationMirror mirror) {
        try {
            TypeMirror returned = method.getReturnType();
            TypeElement adapter = integrations.streamAdapterFor(returned);
            if (adapter != null) {
                TypeMirror element = elementType(method, mirror, (DeclaredType) returned);
                return element == null ? null : StreamForm.returned(adapter, element);
            }
            return returned.getKind() == TypeKind.VOID ? handlerForm(method, mirror) : null;
        } catch (UnsupportedTypeException e) {
            errors.error(method, mirror, "CachedCompletionReturnType", "the stream of " + method.getSimpleName()
                    + " cannot be cached: " + e.getMessage());
            return null;
        }
    }

    private TypeMirror elementType(ExecutableElement method, AnnotationMirror mirror, DeclaredType stream) {
        List<? extends TypeMirror> arguments = stream.getTypeArguments();
        TypeMirror element = arguments.size() == 1 ? arguments.get(0) : null;
        if (element == null || (element.getKind() != TypeKind.DECLARED && element.getKind() != TypeKind.ARRAY)) {
            errors.error(method, mirror, "CachedCompletionReturnType", "the return type " + stream + " cannot be "
                    + "cached: declare the type of its elements, e.g. " + stream.asElement().getSimpleName()
                    + "<String>, so that stored elements can be read back");
            return null;
        }
        return element;
    }

    private StreamForm handlerForm(ExecutableElement method, AnnotationMirror mirror) throws UnsupportedTypeException {
        StreamForm found = null;
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            TypeElement adapter = integrations.handlerAdapterFor(parameters.get(i).asType());
            if (adapter == null) {
                continue;
            }
            if (found != null) {
                errors.error(parameters.get(i), "CachedCompletionHandler", "@CachedCompletion method "
                        + method.getSimpleName() + " takes two streaming handlers: the answer can go to one only");
                return null;
            }
            TypeMirror element = integrations.handlerElementType(adapter);
            if (element == null) {
                throw new UnsupportedTypeException("the adapter " + adapter.getQualifiedName() + " does not declare "
                        + "the type of the elements it records");
            }
            found = StreamForm.handler(adapter, i, element);
        }
        return found;
    }
}
