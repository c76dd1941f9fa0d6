package app.carnet.domain.account;

import app.carnet.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The domain's signed single-use links ({@link SignedLinks}: HS256, an audience per purpose, an expiry, an id the
 * database burns) for the other modules: a link to one of Carnet's pages for an opaque {@code principal} (e.g.
 * {@code request:42}, never personal data), checked then burnt in the caller's transaction. A new link for the same
 * principal and purpose retires the older ones.
 */
@ApplicationScoped
public class SingleUseLinks {

    @Inject
    AccountLinks links;

    /** The address of {@code page} (starting with "/") with a new token ({@code ?jeton=…}). */
    public String issue(LinkPurpose purpose, String principal, String page) {
        return links.issueLink(purpose, principal, page);
    }

    /** Whose the link is, when it is valid and unused; empty for anything else. */
    public Optional<String> holder(LinkPurpose purpose, String token) {
        return links.holder(purpose, token);
    }

    /**
     * Burns the link (rolled back with the caller's transaction).
     *
     * @return the principal it was issued to
     * @throws BusinessException {@code link.invalid} for a forged, altered, expired, used or replaced link
     */
    public String consume(LinkPurpose purpose, String token) {
        return links.consume(purpose, token);
    }
}
