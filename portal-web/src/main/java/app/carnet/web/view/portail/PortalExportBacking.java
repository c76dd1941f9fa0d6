package app.carnet.web.view.portail;

import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.shared.BusinessException;
import app.carnet.rights.data.ArchiveOffer;
import app.carnet.rights.data.ArchivePreparation;
import app.carnet.rights.data.PortalData;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The export section of {@code /portail/mes-droits.xhtml} ({@code /WEB-INF/includes/droits/export.xhtml}): each
 * archive downloaded at once when small; when large, made in the background on the client's word, its progress
 * polled every second while it is made, then offered with its size and until when.
 */
@Named
@ViewScoped
public class PortalExportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalData data;

    private final List<ArchiveOffer> offers = new ArrayList<>();

    @PostConstruct
    void load() {
        offers.addAll(data.offers());
    }

    /** Starts making the archive of {@code scope} in the background. */
    public void prepare(Scope scope) {
        try {
            var preparation = data.prepare(scope);
            replace(scope, preparation);
        } catch (BusinessException e) {
            Messages.show(e);
        }
    }

    /** The poll's listener: where the archives being made stand now. */
    public void refresh() {
        for (ArchiveOffer offer : List.copyOf(offers)) {
            if (offer.preparing()) {
                replace(offer.scope(), data.preparation(offer.scope()).orElse(null));
            }
        }
    }

    /** Whether the page polls: while an archive is being made. */
    public boolean isPolling() {
        return offers.stream().anyMatch(ArchiveOffer::preparing);
    }

    public ArchiveOffer getAccess() {
        return offer(Scope.ACCESS);
    }

    public ArchiveOffer getPortability() {
        return offer(Scope.PORTABILITY);
    }

    private ArchiveOffer offer(Scope scope) {
        return offers.stream().filter(o -> o.scope() == scope).findFirst().orElseThrow();
    }

    private void replace(Scope scope, @Nullable ArchivePreparation preparation) {
        ArchiveOffer offer = offer(scope);
        offers.set(offers.indexOf(offer),
                new ArchiveOffer(scope, offer.estimatedBytes(), offer.background(), preparation));
    }
}
