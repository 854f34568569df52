package dev.cachedcompletion.processor;

import com.palantir.javapoet.ClassName;
import dev.cachedcompletion.naming.GeneratedNames;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Every naming rule of the generated code, in one place. The name of the generated class comes from
 * {@link GeneratedNames}, the rule the runtime uses to find that class again.
 */
public final class Names {

    public static final ClassName GENERATED_KEYS = ClassName.get("dev.cachedcompletion.support", "GeneratedKeys");
    public static final ClassName METHOD_SITE = ClassName.get("dev.cachedcompletion.support", "MethodSite");
    public static final ClassName RETURN_TYPE = ClassName.get("dev.cachedcompletion.support", "ReturnType");
    public static final ClassName KEY_VALUES = ClassName.get("dev.cachedcompletion.support", "KeyValues");
    public static final ClassName CACHE_KEY = ClassName.get("dev.cachedcompletion.spi", "CacheKey");
    public static final ClassName COMPLETION_CODEC = ClassName.get("dev.cachedcompletion.spi", "CompletionCodec");
    public static final ClassName STREAM_ADAPTER = ClassName.get("dev.cachedcompletion.spi", "StreamAdapter");
    public static final ClassName STREAMING_HANDLER_ADAPTER =
            ClassName.get("dev.cachedcompletion.spi", "StreamingHandlerAdapter");

    public static final String CACHED_COMPLETION = "dev.cachedcompletion.CachedCompletion";
    public static final String EXCLUDE_FROM_KEY = "dev.cachedcompletion.ExcludeFromKey";
    public static final String KEY_PART = "dev.cachedcompletion.KeyPart";
    public static final String KEY_INCLUDES_SECRET = "dev.cachedcompletion.KeyIncludesSecret";

    private final Elements elements;
    private final Types types;

    public Names(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** {@code com.acme.Outer.Inner} → {@code com.acme.Outer__Inner_CachedCompletion} ({@link GeneratedNames}). */
    public ClassName generatedClass(TypeElement declaring) {
        String packageName = packageOf(declaring).getQualifiedName().toString();
        String generated = GeneratedNames.keysClass(elements.getBinaryName(declaring).toString());
        return ClassName.get(packageName, packageName.isEmpty() ? generated : generated.substring(packageName.length() + 1));
    }

    /** {@code joke(java.lang.String,int[])}: name and erased parameter types as {@code Class.getTypeName()} writes them. */
    public String descriptor(ExecutableElement method) {
        StringBuilder sb = new StringBuilder(method.getSimpleName()).append('(');
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(runtimeTypeName(types.erasure(parameters.get(i).asType())));
        }
        return sb.append(')').toString();
    }

    /** The default method identity: {@code com.acme.JokeService#joke(java.lang.String)}. */
    public String signatureIdentity(TypeElement declaring, ExecutableElement method) {
        return elements.getBinaryName(declaring) + "#" + descriptor(method);
    }

    /** Name of the constant holding the site of the {@code index}-th cached method. */
    public static String siteField(ExecutableElement method, int index) {
        return "SITE_" + index + "_" + method.getSimpleName();
    }

    /** Name of the generated helper that canonicalizes one non-trivial key type. */
    /** The static field holding the i-th integration key encoder of a generated class. */
    public static String keyEncoderField(int index) {
        return "KEY_ENCODER_" + index;
    }

    public static String keyHelper(int index) {
        return "keyValue" + index;
    }

    private String runtimeTypeName(TypeMirror erased) {
        switch (erased.getKind()) {
            case ARRAY:
                return runtimeTypeName(((ArrayType) erased).getComponentType()) + "[]";
            case DECLARED:
                return elements.getBinaryName((TypeElement) ((DeclaredType) erased).asElement()).toString();
            default:
                return erased.toString(); // primitives
        }
    }

    private static PackageElement packageOf(TypeElement type) {
        javax.lang.model.element.Element e = type;
        while (e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        return (PackageElement) e;
    }
}
