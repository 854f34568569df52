package dev.cachedcompletion.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cachedcompletion.internal.stream.RecordedStream;
import dev.cachedcompletion.spi.TokenUsage;
import dev.cachedcompletion.support.MethodSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes a streamed answer ({@link RecordedStream}) as one stored value: the {@link ValueCodec}
 * header with the stream codec id and the element type's shape, then one JSON document,
 * {@code {"elements":[...],"offsetsMillis":[...]}}, each element written by the element type's value
 * codec (Jackson, or the integration's codec, which must write JSON). Readable by the CLI like any
 * other value; a document of another shape, a missing field or an element that does not decode is
 * refused (a miss). Thread-safe.
 */
public final class StreamCodec implements AnswerCodec {

    static final byte STREAM_CODEC = 3;
    static final int HEAP_BYTES_PER_ELEMENT = 56;
    private static final JsonFactory JSON = new JsonFactory();

    private final ValueCodec elements;
    private final byte[] header;

    private StreamCodec(ValueCodec elements) {
        this.elements = elements;
        byte[] shape = elements.shapeBytes();
        this.header = new byte[] {ValueCodec.MAGIC_0, ValueCodec.MAGIC_1, ValueCodec.FORMAT_VERSION, STREAM_CODEC,
            shape[0], shape[1], shape[2], shape[3]};
    }

    /** The codec of a streaming site, whose return type is its element type. */
    public static StreamCodec forSite(MethodSite site) {
        return new StreamCodec(ValueCodec.forSite(site));
    }

    /** One element as stored inside a stream: what the element codec writes after its header. */
    public byte[] encodeElement(Object element) {
        return elements.encodeBody(element);
    }

    @Override
    public byte[] encode(Object answer) {
        RecordedStream stream = (RecordedStream) answer;
        if (stream.encodingFailure() != null) {
            throw new ValueCodecException("an element of the stream could not be encoded: "
                    + stream.encodingFailure().getMessage(), stream.encodingFailure());
        }
        List<byte[]> bodies = stream.encoded();
        if (bodies == null) {
            bodies = new ArrayList<>();
            for (Object element : stream.elements()) {
                bodies.add(encodeElement(element));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartObject();
                json.writeArrayFieldStart("elements");
                for (byte[] body : bodies) {
                    copyOne(body, json);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("offsetsMillis");
                for (int i = 0; i < stream.size(); i++) {
                    json.writeNumber(stream.offsetMillis(i));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            return ValueCodec.framed(header, usage(stream), out.toByteArray());
        } catch (IOException e) {
            throw new ValueCodecException("cannot encode a stream: " + e.getMessage(), e);
        }
    }

    /** Copies one element's JSON into the document, which also checks that it is one JSON value. */
    private static void copyOne(byte[] body, JsonGenerator json) throws IOException {
        try (JsonParser element = JSON.createParser(body)) {
            if (element.nextToken() == null) {
                throw new ValueCodecException("a stream element's codec wrote no JSON", null);
            }
            json.copyCurrentStructure(element);
            if (element.nextToken() != null) {
                throw new ValueCodecException("a stream element's codec wrote more than one JSON value", null);
            }
        }
    }

    @Override
    public Object decode(byte[] bytes) {
        if (bytes.length < ValueCodec.HEADER_LENGTH || !Arrays.equals(bytes, 0, 2, header, 0, 2)
                || !StoredUsage.known(bytes[2])
                || !Arrays.equals(bytes, 3, ValueCodec.HEADER_LENGTH, header, 3, ValueCodec.HEADER_LENGTH)) {
            throw new ValueCodecException("stored value is not a stream of this method's element type", null);
        }
        int body = StoredUsage.bodyOffset(bytes);
        List<Object> decoded = null;
        long[] offsets = null;
        try (JsonParser json = JSON.createParser(bytes, body, bytes.length - body)) {
            expect(json.nextToken(), JsonToken.START_OBJECT);
            for (JsonToken field = json.nextToken(); field != JsonToken.END_OBJECT; field = json.nextToken()) {
                expect(field, JsonToken.FIELD_NAME);
                String name = json.currentName();
                expect(json.nextToken(), JsonToken.START_ARRAY);
                if (name.equals("elements") && decoded == null) {
                    decoded = readElements(json);
                } else if (name.equals("offsetsMillis") && offsets == null) {
                    offsets = readOffsets(json);
                } else {
                    throw new ValueCodecException("stored stream has an unexpected field " + name, null);
                }
            }
            if (json.nextToken() != null) {
                throw new ValueCodecException("stored stream has more after its document", null);
            }
        } catch (IOException e) {
            throw new ValueCodecException("stored stream does not decode: " + e.getMessage(), e);
        }
        if (decoded == null || offsets == null || decoded.size() != offsets.length) {
            throw new ValueCodecException("stored stream lacks its elements or their offsets", null);
        }
        return new RecordedStream(decoded, offsets);
    }

    private List<Object> readElements(JsonParser json) throws IOException {
        List<Object> decoded = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(64);
            try (JsonGenerator copy = JSON.createGenerator(body)) {
                copy.copyCurrentStructure(json);
            }
            decoded.add(elements.decodeBody(body.toByteArray()));
        }
        return decoded;
    }

    private static long[] readOffsets(JsonParser json) throws IOException {
        long[] offsets = new long[16];
        int count = 0;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_ARRAY; token = json.nextToken()) {
            expect(token, JsonToken.VALUE_NUMBER_INT);
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = json.getLongValue();
        }
        return Arrays.copyOf(offsets, count);
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new ValueCodecException("stored stream is malformed: expected " + expected + " but found " + actual, null);
        }
    }

    /**
     * The usage the last element that reports one carries (providers send it with the final chunk),
     * or {@code null}. Only a finished recording is asked, so the scan starts at its end; it runs once
     * per recording, not once per hit.
     */
    @Override
    public TokenUsage usage(Object answer) {
        if (!elements.reportsUsage() || !(answer instanceof RecordedStream stream)) {
            return null;
        }
        return stream.usage(this::lastReported);
    }

    private TokenUsage lastReported(List<Object> recorded) {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            TokenUsage usage = elements.usage(recorded.get(i));
            if (usage != null) {
                return usage;
            }
        }
        return null;
    }

    @Override
    public boolean sharesObjects(MethodSite site) {
        return elements.sharesObjects(site);
    }

    /** The recording without the bytes each element was encoded to as it arrived, which a replay never reads. */
    @Override
    public Object kept(Object answer) {
        return ((RecordedStream) answer).withoutEncoding();
    }

    /**
     * Many small objects weigh more on the heap than their JSON: each element counts a further
     * {@value #HEAP_BYTES_PER_ELEMENT} bytes (an object header, a reference, its offset, and the
     * header and array of a short string), so that a memory store full of recordings stays near its
     * byte bound.
     */
    @Override
    public int keptWeight(Object answer, int encodedLength) {
        long weight = encodedLength + (long) HEAP_BYTES_PER_ELEMENT * ((RecordedStream) answer).size();
        return (int) Math.min(Integer.MAX_VALUE, weight);
    }
}
