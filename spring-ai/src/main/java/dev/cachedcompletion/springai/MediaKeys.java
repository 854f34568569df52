package dev.cachedcompletion.springai;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.ai.content.Media;

/**
 * Key trees of the media attached to a message: MIME type, id, name and content. Bytes are keyed by
 * their SHA-256 (a picture should not sit in every in-memory key), a URL by its text. A name that
 * Spring AI generated ({@code media-<subtype>-<random UUID>}) is keyed as "generated": it changes on
 * every call though the user gave none. Data of another type is refused (the call runs uncached).
 * Stateless.
 */
final class MediaKeys {

    private static final Pattern GENERATED_NAME =
            Pattern.compile("media-[^-]+-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private MediaKeys() {}

    static List<Object> of(List<Media> media) {
        List<Object> trees = new ArrayList<>(media.size());
        for (Media item : media) {
            Map<String, Object> tree = new HashMap<>();
            tree.put("mimeType", item.getMimeType().toString());
            tree.put("id", item.getId());
            tree.put("name", GENERATED_NAME.matcher(item.getName()).matches() ? List.of("generated") : item.getName());
            tree.put("data", data(item.getData()));
            trees.add(tree);
        }
        return trees;
    }

    private static Object data(Object data) {
        if (data instanceof byte[] bytes) {
            return List.of("sha256", sha256(bytes));
        }
        if (data instanceof String url) {
            return List.of("url", url);
        }
        throw new IllegalArgumentException("the Spring AI key encoder cannot key media data of type "
                + data.getClass().getName() + ", so the call runs uncached; give bytes or a URL");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
