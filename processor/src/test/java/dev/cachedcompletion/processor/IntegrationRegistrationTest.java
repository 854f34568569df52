package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.CompiledClasses.key;
import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.support.GeneratedKeys;
import dev.cachedcompletion.processor.fixtures.ClientRequest;
import dev.cachedcompletion.processor.fixtures.ClientResponse;
import dev.cachedcompletion.processor.fixtures.ClientResponseCodec;
import dev.cachedcompletion.processor.fixtures.StreamingClientRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Key encoders and value codecs that integration modules register with class-path resources (here:
 * the fixtures package and src/test/resources/dev/cachedcompletion/spi), as the processor finds them
 * on the compile class path.
 */
class IntegrationRegistrationTest {

    private static final String FIXTURES = "dev.cachedcompletion.processor.fixtures.";

    @Test
    void registeredRequestTypeIsKeyedByItsEncoderWithoutTheVolatileId() {
        GeneratedKeys keys = compiled("  @CachedCompletion String ask(" + FIXTURES + "ClientRequest request) { "
                + "return request.model(); }");
        String ask = "ask(" + FIXTURES + "ClientRequest)";

        var first = key(keys, ask, null, new ClientRequest("req-1", "gpt", List.of("hi")));
        var sameContentOtherId = key(keys, ask, null, new ClientRequest("req-2", "gpt", List.of("hi")));
        var otherModel = key(keys, ask, null, new ClientRequest("req-1", "gpt-4o", List.of("hi")));
        var otherMessage = key(keys, ask, null, new ClientRequest("req-1", "gpt", List.of("hello")));

        assertThat(sameContentOtherId).isEqualTo(first);
        assertThat(sameContentOtherId.digest()).isEqualTo(first.digest());
        assertThat(otherModel).isNotEqualTo(first);
        assertThat(otherMessage).isNotEqualTo(first);
        assertThat(otherMessage.digest()).isNotEqualTo(first.digest());
    }

    @Test
    void subtypeUsesItsSupertypesEncoderAndNestedFormsCompose() {
        GeneratedKeys keys = compiled(
                "  @CachedCompletion String one(" + FIXTURES + "StreamingClientRequest request) { return \"\"; }",
                "  @CachedCompletion String many(List<" + FIXTURES + "ClientRequest> requests) { return \"\"; }");

        var streaming = key(keys, "one(" + FIXTURES + "StreamingClientRequest)", null,
                new StreamingClientRequest("a", "gpt", List.of("hi")));
        var streamingOtherId = key(keys, "one(" + FIXTURES + "StreamingClientRequest)", null,
                new StreamingClientRequest("b", "gpt", List.of("hi")));
        var many = key(keys, "many(java.util.List)", null,
                List.of(new ClientRequest("a", "gpt", List.of("hi")), new ClientRequest("b", "gpt", List.of("x"))));
        var manyOtherIds = key(keys, "many(java.util.List)", null,
                List.of(new ClientRequest("c", "gpt", List.of("hi")), new ClientRequest("d", "gpt", List.of("x"))));
        var nullRequest = key(keys, "one(" + FIXTURES + "StreamingClientRequest)", null, (Object) null);

        assertThat(streamingOtherId).isEqualTo(streaming);
        assertThat(manyOtherIds).isEqualTo(many);
        assertThat(nullRequest).isNotEqualTo(streaming);
    }

    @Test
    void registeredResponseTypeIsCachedThroughItsCodec() throws Exception {
        GeneratedKeys keys = compiled(
                "  @CachedCompletion " + FIXTURES + "ClientResponse ask(String q) { return null; }",
                "  @CachedCompletion CompletableFuture<" + FIXTURES + "ClientResponse> later(String q) { return null; }");

        var site = keys.site("ask(java.lang.String)");
        var async = keys.site("later(java.lang.String)");

        assertThat(site.codec()).isInstanceOf(ClientResponseCodec.class);
        assertThat(async.codec()).isInstanceOf(ClientResponseCodec.class);
        assertThat(async.async()).isTrue();
        assertThat(site.immutableValue()).isFalse();
        @SuppressWarnings("unchecked")
        var codec = (dev.cachedcompletion.spi.CompletionCodec<ClientResponse>) site.codec();
        assertThat(codec.decode(codec.encode(ClientResponse.of("hé")))).isEqualTo(ClientResponse.of("hé"));
    }

    @Test
    void unregisteredResponseTypeStillNeedsJackson() {
        assertSingleError(classWithBody("Svc",
                        "  @CachedCompletion " + FIXTURES + "ClientRequest ask(String q) { return null; }"),
                "CachedCompletionReturnType", "ask(String q)", "Jackson needs a no-argument constructor");
    }

    @Test
    void registrationNamingAMissingClassIsACompileError() {
        assertSingleError(classWithBody("Svc",
                        "  @CachedCompletion String ask(" + FIXTURES + "BrokenRegistrations.MissingEncoderRequest r) "
                                + "{ return \"\"; }"),
                "CachedCompletionKeyType", "String ask(",
                "dev/cachedcompletion/spi/keyencoders/" + FIXTURES + "BrokenRegistrations$MissingEncoderRequest",
                FIXTURES + "NoSuchEncoder, which is not on the compile class path");
    }

    @Test
    void registrationNamingAnEncoderOfAnotherTypeIsACompileError() {
        assertSingleError(classWithBody("Svc",
                        "  @CachedCompletion String ask(" + FIXTURES + "BrokenRegistrations.MisfitRequest r) "
                                + "{ return \"\"; }"),
                "CachedCompletionKeyType", "String ask(",
                "does not implement dev.cachedcompletion.spi.KeyEncoder<" + FIXTURES
                        + "BrokenRegistrations.MisfitRequest> (it handles " + FIXTURES + "ClientRequest)");
    }

    @Test
    void registrationNamingAnEncoderWithoutPublicConstructorIsACompileError() {
        assertSingleError(classWithBody("Svc",
                        "  @CachedCompletion String ask(" + FIXTURES + "BrokenRegistrations.HiddenEncoderRequest r) "
                                + "{ return \"\"; }"),
                "CachedCompletionKeyType", "String ask(",
                "generated code cannot instantiate", "public no-argument constructor");
    }

    @Test
    void codecRegistrationNamingANonCodecIsACompileError() {
        assertSingleError(classWithBody("Svc",
                        "  @CachedCompletion " + FIXTURES + "BrokenRegistrations.MisfitResponse ask(String q) "
                                + "{ return null; }"),
                "CachedCompletionReturnType", "ask(String q)",
                "dev/cachedcompletion/spi/codecs/" + FIXTURES + "BrokenRegistrations$MisfitResponse",
                "does not implement dev.cachedcompletion.spi.CompletionCodec");
    }

    private static GeneratedKeys compiled(String... body) {
        return CompiledClasses.compile(classWithBody("Svc", body)).keys("test.Svc_CachedCompletion");
    }
}
