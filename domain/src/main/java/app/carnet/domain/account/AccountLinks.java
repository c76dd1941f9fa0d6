package app.carnet.domain.account;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/** Issues and consumes signed single-use links; a new link for the same purpose retires the older ones. */
@ApplicationScoped
class AccountLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AccountRepository accounts;
    @Inject
    Clock clock;
    @Inject
    Pages pages;

    private SignedLinks links;

    @PostConstruct
    void init() {
        links = new SignedLinks(clock);
    }

    /** The address of one of Carnet's pages, from {@code carnet.base-url} ({@code page} starts with "/"). */
    String page(String page) {
        return pages.address(page);
    }

    /** A new signed link to {@code page}, for {@code principal}: the page's address with the token. */
    String issueLink(LinkPurpose purpose, String principal, String page) {
        return page(page) + "?jeton=" + issue(purpose, principal);
    }

    /** @return the token to put in the link */
    String issue(LinkPurpose purpose, String principal) {
        var now = clock.instant();
        accounts.findOpenLinks(principal, purpose).forEach(l -> l.use(now));
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String jti = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        var expiresAt = now.plus(purpose.validity());
        accounts.save(new AccountLink(jti, purpose, principal, now, expiresAt));
        return links.sign(purpose, jti, expiresAt);
    }

    /** Whether the token is a valid, unused link for this purpose (for a page to say so before any input). */
    boolean isValid(LinkPurpose purpose, String token) {
        return links.verify(purpose, token).flatMap(accounts::findLink)
                .filter(l -> l.getPurpose() == purpose && l.isUsable(clock.instant())).isPresent();
    }

    /** The principal of a valid, unused link for this purpose, without burning it (for a page to say what it is for). */
    Optional<String> holder(LinkPurpose purpose, String token) {
        return links.verify(purpose, token).flatMap(accounts::findLink)
                .filter(l -> l.getPurpose() == purpose && l.isUsable(clock.instant())).map(AccountLink::getPrincipal);
    }

    /**
     * Burns the link.
     *
     * @return the principal it was issued to
     * @throws BusinessException {@code link.invalid} for a forged, altered, expired, used or replaced link
     */
    String consume(LinkPurpose purpose, String token) {
        var link = links.verify(purpose, token).flatMap(accounts::findLinkForUpdate)
                .filter(l -> l.getPurpose() == purpose && l.isUsable(clock.instant()))
                .orElseThrow(() -> new BusinessException("link.invalid"));
        link.use(clock.instant());
        return link.getPrincipal();
    }
}
