package app.carnet.web.view;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file of a client's record sent as a download (an attachment, an advice PDF): never shown in Carnet's origin,
 * never kept by a cache.
 */
public final class FileResponse {

    private FileResponse() {
    }

    public static void send(HttpServletResponse response, String fileName, String contentType, byte[] content)
            throws IOException {
        response.setContentLength(content.length);
        start(response, fileName, contentType).write(content);
    }

    /** The headers of a download whose length is not known beforehand; the content goes into the stream returned. */
    public static OutputStream start(HttpServletResponse response, String fileName, String contentType)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + asciiName(fileName) + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        return response.getOutputStream();
    }

    /** The id of {@code ?id=}, or -1. */
    public static long id(String parameter) {
        try {
            return Long.parseLong(parameter == null ? "" : parameter);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The name for browsers that read only {@code filename}: ASCII, without quotes. */
    static String asciiName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
    }
}
