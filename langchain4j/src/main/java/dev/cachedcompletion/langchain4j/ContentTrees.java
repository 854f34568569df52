package dev.cachedcompletion.langchain4j;

import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.data.image.Image;
import dev.langchain4j.data.message.AudioContent;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.VideoContent;
import dev.langchain4j.data.pdf.PdfFile;
import dev.langchain4j.data.video.Video;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Key trees of the contents of a user message or a tool result: the text, or the media with its
 * URL or inline data and MIME type. Classes are matched exactly, so that a subclass, which may
 * carry more, is keyed {@linkplain ValueTrees#opaque opaquely} instead of as its parent. Stateless.
 */
final class ContentTrees {

    private ContentTrees() {}

    static List<Object> of(List<Content> contents) {
        List<Object> trees = new ArrayList<>(contents.size());
        for (Content content : contents) {
            trees.add(of(content));
        }
        return trees;
    }

    private static Object of(Content content) {
        Class<?> type = content.getClass();
        if (type == TextContent.class) {
            Map<String, Object> tree = Trees.ofType("text");
            tree.put("text", ((TextContent) content).text());
            return tree;
        }
        if (type == ImageContent.class) {
            return image((ImageContent) content);
        }
        if (type == AudioContent.class) {
            return audio(((AudioContent) content).audio());
        }
        if (type == PdfFileContent.class) {
            PdfFile pdf = ((PdfFileContent) content).pdfFile();
            return media("pdf", pdf.url(), pdf.base64Data(), pdf.mimeType());
        }
        if (type == VideoContent.class) {
            Video video = ((VideoContent) content).video();
            return media("video", video.url(), video.base64Data(), video.mimeType());
        }
        return ValueTrees.opaque(content);
    }

    private static Map<String, Object> image(ImageContent content) {
        Image image = content.image();
        Map<String, Object> tree = media("image", image.url(), image.base64Data(), image.mimeType());
        // Normally empty on input; kept because Image.equals compares it and a key must not be laxer.
        tree.put("revisedPrompt", image.revisedPrompt());
        tree.put("detailLevel", content.detailLevel());
        return tree;
    }

    private static Map<String, Object> audio(Audio audio) {
        Map<String, Object> tree = media("audio", audio.url(), audio.base64Data(), audio.mimeType());
        byte[] binary = audio.binaryData();
        // The key format has no byte arrays; Base64 under its own name cannot meet base64Data's.
        tree.put("binaryData", binary == null ? null : Base64.getEncoder().encodeToString(binary));
        return tree;
    }

    private static Map<String, Object> media(String type, URI url, String base64Data, String mimeType) {
        Map<String, Object> tree = Trees.ofType(type);
        tree.put("url", url == null ? null : url.toString());
        tree.put("base64Data", base64Data);
        tree.put("mimeType", mimeType);
        return tree;
    }
}
