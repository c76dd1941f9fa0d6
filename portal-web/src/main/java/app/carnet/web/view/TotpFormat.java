package app.carnet.web.view;

import app.carnet.domain.account.TotpSetup;
import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A new TOTP secret as the enrolment pages show it: a QR code drawn on the server as inline SVG (nothing is
 * loaded from elsewhere, and the secret is in no URL), and the secret in groups of 4 for typing by hand.
 */
@Named
@ApplicationScoped
public class TotpFormat {

    private static final int BORDER = 4;

    /** @param label what a screen reader says of the image (from the bundle) */
    public String qrCode(TotpSetup setup, String label) {
        if (setup == null) {
            return "";
        }
        QrCode qr = QrCode.encodeText(setup.uri(), QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
                + escape(label) + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** {@code ABCD EFGH IJKL …} */
    public String secret(TotpSetup setup) {
        return setup == null ? "" : setup.secret().replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
