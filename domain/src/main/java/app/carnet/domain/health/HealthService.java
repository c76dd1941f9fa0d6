package app.carnet.domain.health;

import app.carnet.domain.client.ClientService;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.FileAccessed;
import app.carnet.domain.shared.FileAction;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.domain.shared.Principals;
import app.carnet.domain.shared.VoidableRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A client's health data (purpose P03): the anamnesis and the measurements. Only staff who may see the client's
 * file reach it ({@link ClientService#checkAccess}), and every read and change is in the access journal. Nothing is
 * deleted here: a wrong entry is voided, with a reason.
 */
@Stateless
@RolesAllowed({"OWNER", "PARTNER", "REPLACEMENT"})
public class HealthService {

    static final int TEXT_MAX = 2000;

    @Inject
    HealthRepository records;
    @Inject
    ClientService clients;
    @Inject
    Event<FileAccessed> accessed;
    @Inject
    SecurityContext security;
    @Inject
    Clock clock;

    /** Reads a client's health data: the journal records it. */
    public HealthRecord record(long clientId) {
        clients.checkAccess(clientId);
        var anamnesis = records.anamnesis(clientId).stream().map(AnamnesisEntry::line).toList();
        var measurements = MeasurementLine
                .withBmis(records.measurements(clientId).stream().map(Measurement::line).toList());
        accessed.fire(new FileAccessed(clientId, FileAction.HEALTH_READ));
        return new HealthRecord(clientId, anamnesis, measurements);
    }

    /** @throws BusinessException with every problem of the form */
    public void note(long clientId, NewAnamnesisEntry input) {
        clients.checkAccess(clientId);
        var checks = new Checks();
        checks.present(input.kind(), "kind");
        String text = checks.longText(input.text(), TEXT_MAX, "text");
        LocalDate notedOn = checks.upToToday(input.notedOn(), Dates.today(clock), "notedOn");
        checks.throwIfAny();
        records.save(new AnamnesisEntry(clientId, input.kind(), text, notedOn, clock.instant(), me()));
        accessed.fire(new FileAccessed(clientId, FileAction.HEALTH_RECORDED));
    }

    /** @throws BusinessException with every problem of the form */
    public void measure(long clientId, NewMeasurement input) {
        clients.checkAccess(clientId);
        var checks = new Checks();
        LocalDate on = checks.upToToday(input.measuredOn(), Dates.today(clock), "measuredOn");
        Integer height = height(checks, input.heightCm());
        BigDecimal weight = weight(checks, input.weightKg());
        if (isBlank(input.heightCm()) && isBlank(input.weightKg())) {
            checks.refuse("weightKg", "health.measurement.empty");
        }
        checks.throwIfAny();
        records.save(new Measurement(clientId, on, height, weight, clock.instant(), me()));
        accessed.fire(new FileAccessed(clientId, FileAction.HEALTH_RECORDED));
    }

    public void voidAnamnesisEntry(long entryId, String reason) {
        var entry = records.findAnamnesisEntry(entryId).orElseThrow(NotFoundException::new);
        clients.checkAccess(entry.getClientId());
        entry.voidWith(reason(reason), clock.instant(), me());
        accessed.fire(new FileAccessed(entry.getClientId(), FileAction.HEALTH_VOIDED));
    }

    public void voidMeasurement(long measurementId, String reason) {
        var measurement = records.findMeasurement(measurementId).orElseThrow(NotFoundException::new);
        clients.checkAccess(measurement.getClientId());
        measurement.voidWith(reason(reason), clock.instant(), me());
        accessed.fire(new FileAccessed(measurement.getClientId(), FileAction.HEALTH_VOIDED));
    }

    private static String reason(String typed) {
        return VoidableRecord.reason(typed, "reason");
    }

    static Integer height(Checks checks, String typed) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            int height = Integer.parseInt(typed.strip());
            return height >= 40 && height <= 250 ? height : checks.refuse("heightCm", "health.height.invalid");
        } catch (NumberFormatException e) {
            return checks.refuse("heightCm", "health.height.invalid");
        }
    }

    static BigDecimal weight(Checks checks, String typed) {
        if (isBlank(typed)) {
            return null;
        }
        try {
            var weight = new BigDecimal(typed.strip().replace(',', '.')).stripTrailingZeros();
            if (weight.scale() < 0) {
                weight = weight.setScale(0);
            }
            boolean plausible = weight.scale() <= 1 && weight.compareTo(BigDecimal.ONE) >= 0
                    && weight.compareTo(BigDecimal.valueOf(400)) <= 0;
            return plausible ? weight : checks.refuse("weightKg", "health.weight.invalid");
        } catch (NumberFormatException e) {
            return checks.refuse("weightKg", "health.weight.invalid");
        }
    }

    private static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }

    private long me() {
        return Principals.staffId(security.getCallerPrincipal().getName());
    }
}
