package app.carnet.domain.booking;

import app.carnet.domain.privacy.ClientExport;
import app.carnet.domain.privacy.KeptData;
import app.carnet.domain.privacy.PersonalDataHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** The personal-data contract for booking: a client's appointments (their held time goes with them) and waitlist. */
@ApplicationScoped
public class AppointmentData implements PersonalDataHolder {

    @Inject
    BookingRepository repository;

    @Override
    public Set<String> tables() {
        return Set.of("appointment", "waitlist_entry");
    }

    @Override
    public void export(long clientId, ClientExport export) {
        // Art. 20: the appointments and the waiting list are what the client booked (observed from their use).
        export.provided("appointments", repository.ofClient(clientId).stream().map(this::exported).toList());
        export.provided("waitlist", repository.waitlistOf(clientId).stream().map(w -> w.view(repository
                .findOffering(w.getOfferingId()).map(Offering::getName).orElse(null))).toList());
    }

    @Override
    public List<KeptData> erase(long clientId) {
        repository.waitlistOf(clientId).forEach(repository::delete);
        repository.ofClient(clientId).forEach(repository::delete);
        return List.of();
    }

    private ExportedAppointment exported(Appointment a) {
        String service = a.getOfferingId() == null ? null
                : repository.findOffering(a.getOfferingId()).map(Offering::getName).orElse(null);
        return new ExportedAppointment(a.getUid(), service, a.getStartsAt().toString(), a.getEndsAt().toString(),
                a.getStatus().name());
    }

    /** An appointment as the client's export writes it. */
    public record ExportedAppointment(String uid, String service, String start, String end, String status) {
    }
}
