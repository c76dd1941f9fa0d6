package app.carnet.domain.account;

import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signed single-use links ({@link SignedLinks}) for someone who has no account in Carnet, such as the person a
 * deceased client designated in their directives: another module names the link's owner by a reference of its own
 * ({@code principal}, no personal data, at most 40 characters) and finds it again when the link comes back.
 */
@ApplicationScoped
public class ThirdPartyLinks {

    @Inject
    AccountLinks links;

    /**
     * @return the token to put in the link; an older link for the same purpose and reference stops working
     * @throws IllegalArgumentException for a purpose that is not {@link LinkPurpose#toThirdParty() a third party's}
     */
    public String issue(LinkPurpose purpose, String reference) {
        return links.issue(checked(purpose), reference);
    }

    /** Whether the token is a valid, unused link for this purpose. */
    public boolean isValid(LinkPurpose purpose, String token) {
        return links.isValid(checked(purpose), token);
    }

    /**
     * Burns the link.
     *
     * @return the reference it was issued for
     * @throws BusinessException {@code link.invalid} for a forged, altered, expired, used or replaced link
     */
    public String consume(LinkPurpose purpose, String token) {
        return links.consume(checked(purpose), token);
    }

    private static LinkPurpose checked(LinkPurpose purpose) {
        if (!purpose.toThirdParty()) {
            throw new IllegalArgumentException("Not a third party's link: " + purpose);
        }
        return purpose;
    }
}
