package app.carnet.domain.account;

import java.io.Serializable;

/**
 * A new TOTP secret for the caller's authenticator app, in Base32, and the {@code otpauth://} URI of its QR
 * code. Nothing is stored until a code of this secret confirms it.
 */
public record TotpSetup(String secret, String uri) implements Serializable {

    @Override
    public String toString() {
        return "TotpSetup[secret hidden]";
    }
}
