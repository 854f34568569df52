package dev.cachedcompletion.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.cachedcompletion.processor.Names;
import dev.cachedcompletion.processor.model.KeyForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the expressions that canonicalize key values. A leaf value is used as it is; any other
 * form gets one private static helper method per distinct type in the generated class, so nested
 * forms ({@code List<Record>}, {@code Map<String, List<Integer>>}) compose by method reference.
 */
final class KeyCodeWriter {

    private final ClassName generatedClass;
    private final Map<String, String> helperByType = new LinkedHashMap<>();
    private final List<MethodSpec> helpers = new ArrayList<>();
    private final Map<String, String> encoderFieldByClass = new LinkedHashMap<>();
    private final List<FieldSpec> encoderFields = new ArrayList<>();

    KeyCodeWriter(ClassName generatedClass) {
        this.generatedClass = generatedClass;
    }

    /** The canonical value of {@code value} (an expression evaluated once), of the given form. */
    CodeBlock canonical(KeyForm form, CodeBlock value) {
        if (form.isLeaf()) {
            return value;
        }
        if (form instanceof KeyForm.Encoded encoded) {
            return CodeBlock.of("$T.encoded($N, $L)", Names.KEY_VALUES, encoderField(encoded), value);
        }
        return CodeBlock.of("$N($L)", helperFor(form), value);
    }

    /** One static instance per integration encoder class, shared by every method of the generated class. */
    private String encoderField(KeyForm.Encoded encoded) {
        ClassName encoderClass = ClassName.get(encoded.encoder());
        return encoderFieldByClass.computeIfAbsent(encoderClass.canonicalName(), name -> {
            String field = Names.keyEncoderField(encoderFieldByClass.size());
            encoderFields.add(FieldSpec.builder(encoderClass, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T()", encoderClass)
                    .build());
            return field;
        });
    }

    /** The encoder instances the helpers and key methods use. */
    List<FieldSpec> encoderFields() {
        return encoderFields;
    }

    /** The helper methods written so far. */
    List<MethodSpec> helpers() {
        return helpers;
    }

    private String helperFor(KeyForm form) {
        String typeKey = typeOf(form).toString();
        String existing = helperByType.get(typeKey);
        if (existing != null) {
            return existing;
        }
        String name = Names.keyHelper(helperByType.size());
        helperByType.put(typeKey, name);
        MethodSpec.Builder helper = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Object.class)
                .addParameter(TypeName.get(typeOf(form)), "value");
        helper.addStatement("return $L", body(form));
        helpers.add(helper.build());
        return name;
    }

    private CodeBlock body(KeyForm form) {
        if (form instanceof KeyForm.PrimitiveArray) {
            return CodeBlock.of("$T.array(value)", Names.KEY_VALUES);
        }
        if (form instanceof KeyForm.Sequence sequence) {
            String method = sequence.kind() == KeyForm.SequenceKind.LIST ? "list"
                    : sequence.kind() == KeyForm.SequenceKind.SET ? "set" : "array";
            if (sequence.element().isLeaf()) {
                return CodeBlock.of("$T.$N(value)", Names.KEY_VALUES, method);
            }
            return CodeBlock.of("$T.$N(value, $L)", Names.KEY_VALUES, method, function(sequence.element()));
        }
        if (form instanceof KeyForm.MapForm map) {
            return CodeBlock.of("$T.map(value, $L, $L)", Names.KEY_VALUES, function(map.key()), function(map.value()));
        }
        KeyForm.RecordForm record = (KeyForm.RecordForm) form;
        CodeBlock.Builder components = CodeBlock.builder();
        for (int i = 0; i < record.components().size(); i++) {
            KeyForm.Component component = record.components().get(i);
            components.add(i == 0 ? "$L" : ", $L",
                    canonical(component.form(), CodeBlock.of("value.$N()", component.accessor())));
        }
        return CodeBlock.of("value == null ? null : $T.record($S, new Object[] {$L})",
                Names.KEY_VALUES, record.typeName(), components.build());
    }

    private CodeBlock function(KeyForm form) {
        if (form.isLeaf()) {
            return CodeBlock.of("element -> element");
        }
        if (form instanceof KeyForm.Encoded encoded) {
            return CodeBlock.of("element -> $T.encoded($N, element)", Names.KEY_VALUES, encoderField(encoded));
        }
        return CodeBlock.of("$T::$N", generatedClass, helperFor(form));
    }

    private static javax.lang.model.type.TypeMirror typeOf(KeyForm form) {
        if (form instanceof KeyForm.PrimitiveArray array) {
            return array.type();
        }
        if (form instanceof KeyForm.Sequence sequence) {
            return sequence.type();
        }
        if (form instanceof KeyForm.MapForm map) {
            return map.type();
        }
        return ((KeyForm.RecordForm) form).type();
    }
}
