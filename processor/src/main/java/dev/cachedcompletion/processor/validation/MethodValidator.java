package dev.cachedcompletion.processor.validation;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.processor.Annotations;
import dev.cachedcompletion.processor.ErrorReporter;
import dev.cachedcompletion.processor.Names;
import dev.cachedcompletion.processor.model.CachedMethod;
import dev.cachedcompletion.processor.model.KeyIngredient;
import dev.cachedcompletion.processor.model.StreamForm;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks one {@code @CachedCompletion} method and builds its model. Every problem is reported on
 * the element it concerns; a method with any problem yields no model.
 */
public final class MethodValidator {

    private final Names names;
    private final KeyTypeAnalyzer keyTypes;
    private final ReturnTypeAnalyzer returnTypes;
    private final Integrations integrations;
    private final StreamForms streams;
    private final ErrorReporter errors;

    public MethodValidator(Names names, KeyTypeAnalyzer keyTypes, ReturnTypeAnalyzer returnTypes,
            Integrations integrations, ErrorReporter errors) {
        this.names = names;
        this.keyTypes = keyTypes;
        this.returnTypes = returnTypes;
        this.integrations = integrations;
        this.streams = new StreamForms(integrations, errors);
        this.errors = errors;
    }

    /**
     * The model of {@code method}, or {@code null} if it was rejected (the errors are reported).
     *
     * @param keyParts the valid {@code @KeyPart} members of the declaring class
     */
    public CachedMethod validate(TypeElement declaring, ExecutableElement method, List<KeyIngredient> keyParts) {
        AnnotationMirror mirror = Annotations.find(method, Names.CACHED_COMPLETION);
        CachedCompletion annotation = method.getAnnotation(CachedCompletion.class);
        int errorsBefore = errors.errorCount();

        checkWeavable(declaring, method, mirror);
        TypeMirror asyncValue = returnTypes.asyncValueType(method.getReturnType());
        int errorsBeforeStream = errors.errorCount();
        StreamForm stream = asyncValue == null ? streams.form(method, mirror) : null;
        TypeMirror valueType = asyncValue != null ? asyncValue : stream != null ? stream.elementType() : method.getReturnType();
        int errorsBeforeCodec = errors.errorCount();
        TypeElement codec = errorsBeforeCodec == errorsBeforeStream ? codec(method, mirror, valueType) : null;
        if (codec == null && errors.errorCount() == errorsBeforeStream) {
            checkReturnType(method, mirror, valueType, stream);
        }
        long ttlMillis = ttl(method, mirror, annotation.ttl());
        boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
        List<KeyIngredient> ingredients = new ArrayList<>();
        for (KeyIngredient part : keyParts) {
            boolean staticPart = part.source() == KeyIngredient.Source.STATIC_FIELD
                    || part.source() == KeyIngredient.Source.STATIC_METHOD;
            if (staticPart || !isStatic) {
                ingredients.add(part);
            }
        }
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (stream != null && stream.handlerIndex() == i) {
                continue; // where the answer goes, not what it depends on
            }
            KeyIngredient argument = argument(parameters.get(i), i);
            if (argument != null) {
                ingredients.add(argument);
            }
        }
        if (errors.errorCount() != errorsBefore) {
            return null;
        }
        String identity = annotation.name().isEmpty() ? names.signatureIdentity(declaring, method) : annotation.name();
        // An integration codec owns its format (its name goes into every stored value), so the shape is
        // the codec's identity rather than the client library's private fields.
        int shape = codec == null ? returnTypes.shapeFingerprint(valueType)
                : ReturnTypeAnalyzer.fingerprint("codec:" + codec.getQualifiedName() + ":" + valueType);
        if (stream != null) {
            // A stream of T is stored as a list of T: never read as a T, nor a T as a stream.
            shape = ReturnTypeAnalyzer.fingerprint("stream:" + shape);
        }
        return new CachedMethod(method, identity, names.descriptor(method), annotation.version(), annotation.model(),
                ttlMillis, valueType, codec == null && returnTypes.isImmutable(valueType), shape,
                isStatic, ingredients, asyncValue != null, codec, stream);
    }

    /** The integration codec registered for the value type, or {@code null} (reported if broken). */
    private TypeElement codec(ExecutableElement method, AnnotationMirror mirror, TypeMirror valueType) {
        try {
            return integrations.codecFor(valueType);
        } catch (UnsupportedTypeException e) {
            errors.error(method, mirror, "CachedCompletionReturnType", "the return type " + valueType
                    + " cannot be cached: " + e.getMessage());
            return null;
        }
    }

    private void checkWeavable(TypeElement declaring, ExecutableElement method, AnnotationMirror mirror) {
        if (declaring.getKind() == ElementKind.ANNOTATION_TYPE) {
            errors.error(method, mirror, "CachedCompletionAbstract", "@CachedCompletion on a member of annotation "
                    + "type " + declaring.getSimpleName() + ": there is no body to weave.");
        } else if (declaring.getKind() == ElementKind.INTERFACE && !method.getModifiers().contains(Modifier.DEFAULT)
                && !method.getModifiers().contains(Modifier.STATIC) && !method.getModifiers().contains(Modifier.PRIVATE)) {
            // Default, static and private interface methods have bodies, and ajc weaves them like any other.
            errors.error(method, mirror, "CachedCompletionAbstract", "@CachedCompletion on abstract method "
                    + method.getSimpleName() + " of interface " + declaring.getSimpleName() + ": there is no body "
                    + "to weave. Annotate the implementing method, or give this one a default body.");
        } else if (method.getModifiers().contains(Modifier.ABSTRACT)) {
            errors.error(method, mirror, "CachedCompletionAbstract", "@CachedCompletion on abstract method "
                    + method.getSimpleName() + ": there is no body to weave. Annotate the overriding method.");
        } else if (method.getModifiers().contains(Modifier.NATIVE)) {
            errors.error(method, mirror, "CachedCompletionAbstract", "@CachedCompletion on native method "
                    + method.getSimpleName() + ": there is no Java body to weave.");
        }
        if (TypeFacts.isPrivate(declaring)) {
            errors.error(method, mirror, "CachedCompletionPrivateClass", "@CachedCompletion in private class "
                    + declaring.getSimpleName() + ": the generated key code cannot name it. Make the class "
                    + "package-private.");
        }
    }

    private void checkReturnType(ExecutableElement method, AnnotationMirror mirror, TypeMirror valueType,
            StreamForm stream) {
        if (method.getReturnType().getKind() == TypeKind.VOID && stream == null) {
            errors.error(method, mirror, "CachedCompletionVoid", "@CachedCompletion method " + method.getSimpleName()
                    + " returns void, so there is no answer to cache: return the model's answer, take a "
                    + "streaming handler parameter (e.g. LangChain4j's StreamingChatResponseHandler, with "
                    + "cached-completion-langchain4j), or remove @CachedCompletion");
            return;
        }
        try {
            returnTypes.checkRebuildable(valueType);
        } catch (UnsupportedTypeException e) {
            errors.error(method, mirror, "CachedCompletionReturnType", e.getMessage());
        }
    }

    private long ttl(ExecutableElement method, AnnotationMirror mirror, String ttl) {
        try {
            return TtlText.toMillis(ttl);
        } catch (IllegalArgumentException e) {
            errors.error(method, mirror, "CachedCompletionTtl", e.getMessage());
            return -1;
        }
    }

    private KeyIngredient argument(VariableElement parameter, int index) {
        if (Annotations.find(parameter, Names.EXCLUDE_FROM_KEY) != null) {
            return null;
        }
        String name = parameter.getSimpleName().toString();
        if (CredentialNames.looksLikeCredential(name)
                && Annotations.find(parameter, Names.KEY_INCLUDES_SECRET) == null) {
            errors.error(parameter, "CachedCompletionCredential", "parameter " + name + " looks like a credential, "
                    + "which must not end up in cache keys or stores: mark it @ExcludeFromKey, or "
                    + "@KeyIncludesSecret if the answer really depends on it (or it is not a secret)");
            return null;
        }
        try {
            return KeyIngredient.argument(index, parameter.asType(), keyTypes.analyze(parameter.asType()));
        } catch (UnsupportedTypeException e) {
            errors.error(parameter, "CachedCompletionKeyType", "parameter " + name + ": " + e.getMessage());
            return null;
        }
    }
}
