package app.carnet.web.view;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A PDF document sent as a download, never kept by a cache. */
public final class PdfResponse {

    private PdfResponse() {
    }

    public static void send(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(pdf);
    }

    /** The id of {@code ?id=}, or -1. */
    public static long id(String parameter) {
        try {
            return Long.parseLong(parameter == null ? "" : parameter);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
