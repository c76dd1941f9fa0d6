package app.carnet.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.account.TotpSetup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class TotpFormatTest {

    private static final TotpSetup SETUP = new TotpSetup("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            "otpauth://totp/Cabinet%20Lumi%C3%A8re:claire%40cabinet.fr?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                    + "&issuer=Cabinet%20Lumi%C3%A8re&algorithm=SHA1&digits=6&period=30");

    private final TotpFormat format = new TotpFormat();

    @Test
    void secret_shouldBeShownInGroupsOfFour() {
        assertEquals("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP", format.secret(SETUP));
        assertEquals("", format.secret(null));
    }

    @Test
    void qrCode_shouldBeAnSvgImageWithItsLabelAndNoLinkToAnything() throws Exception {
        String svg = format.qrCode(SETUP, "QR code à scanner <l'app> & \"co\"");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("QR code à scanner <l'app> & \"co\"", root.getAttribute("aria-label"));
        assertTrue(root.getAttribute("viewBox").matches("0 0 \\d+ \\d+"));
        assertFalse(svg.contains("href") || svg.contains("otpauth") || svg.contains("JBSW"),
                "the secret is only in the modules");
    }
}
