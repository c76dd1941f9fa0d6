package app.carnet.rights.data;

import app.carnet.domain.client.Clients;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.ClientExport.Scope;
import app.carnet.domain.privacy.PersonalDataHolder;
import app.carnet.rights.request.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.function.IntConsumer;

/** Puts together what every holder has about a client and writes it as an archive, for the services that check access. */
@ApplicationScoped
class Archives {

    @Inject
    Instance<PersonalDataHolder> holders;
    @Inject
    Clients clients;
    @Inject
    PracticeService practice;

    ClientExport collect(long clientId) {
        var export = new ClientExport();
        holders.forEach(holder -> holder.export(clientId, export));
        return export;
    }

    /** Writes the archive of {@code scope}, in the client's language. */
    void write(long clientId, Scope scope, ClientExport export, Instant at, OutputStream out, IntConsumer progress) {
        var locale = clients.contact(clientId)
                .map(c -> Locale.forLanguageTag(c.language() == null ? "fr" : c.language()))
                .orElse(Locale.FRENCH);
        ExportArchive.write(new ExportArchive.Request(clientId, at, scope, practice.displayName(), locale), export,
                out, progress);
    }

    /** The right an archive of {@code scope} answers, for the register of requests. */
    static RequestType right(Scope scope) {
        return scope == Scope.ACCESS ? RequestType.ACCESS : RequestType.PORTABILITY;
    }

    /** The register's summary of an archive of {@code scope} {@code done} (« téléchargée », « préparée »). */
    static String summary(Scope scope, String done) {
        return (scope == Scope.ACCESS ? "Archive d'accès " : "Archive de portabilité ") + done + " dans le portail";
    }

    /** The archive's name: {@code carnet-acces-<date>.zip} or {@code carnet-portabilite-<date>.zip}. */
    static String fileName(Scope scope, Instant at) {
        return (scope == Scope.ACCESS ? "carnet-acces-" : "carnet-portabilite-")
                + at.atZone(app.carnet.domain.shared.Dates.PARIS).toLocalDate() + ".zip";
    }
}
