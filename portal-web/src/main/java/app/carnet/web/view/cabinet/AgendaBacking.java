package app.carnet.web.view.cabinet;

import app.carnet.domain.booking.AgendaService;
import app.carnet.domain.booking.AppointmentStatus;
import app.carnet.domain.booking.AppointmentView;
import app.carnet.domain.booking.OfferingView;
import app.carnet.domain.client.ClientService;
import app.carnet.domain.client.ClientSummary;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Dates;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * {@code /cabinet/agenda.xhtml}: the week (or day, or month) of appointments in Paris time; the requests to
 * answer; an appointment's details and what became of it; drag and drop to move; booking for a client (opened
 * from the client's file) and blocking time.
 */
@Named
@ViewScoped
public class AgendaBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<AppointmentStatus> HIDDEN = Set.of(AppointmentStatus.CANCELLED,
            AppointmentStatus.DECLINED);

    @Inject
    AgendaService agenda;
    @Inject
    ClientService clients;

    private final ScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (AppointmentView a : agenda.between(start.atZone(Dates.PARIS).toInstant(), end.atZone(Dates.PARIS)
                    .toInstant())) {
                if (!HIDDEN.contains(a.status())) {
                    addEvent(event(a));
                }
            }
        }
    };
    private List<AppointmentView> requests;
    private List<OfferingView> offerings;
    private AppointmentView selected;
    private Long clientId;
    private String weekParam;
    private LocalDate initialDate;
    private ClientSummary client;
    private Long offeringId;
    private LocalDate day;
    private LocalTime time;
    private LocalDate blockDay;
    private LocalTime blockFrom;
    private LocalTime blockTo;

    @PostConstruct
    void load() {
        requests = agenda.requests();
        offerings = agenda.offerings();
    }

    /** The client of {@code ?client=}, to book for; the week of {@code ?semaine=} (a day), this one otherwise. */
    public void loadClient() {
        if (weekParam != null) {
            try {
                initialDate = LocalDate.parse(weekParam);
            } catch (java.time.format.DateTimeParseException e) {
                throw new app.carnet.domain.shared.NotFoundException();
            }
        }
        if (clientId != null) {
            client = clients.summaries(List.of(clientId)).stream().findFirst()
                    .orElseThrow(app.carnet.domain.shared.NotFoundException::new);
        }
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<AppointmentView>> event) {
        selected = event.getObject().getData();
    }

    /** A click on a free time: the forms below take its day and time. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        LocalDateTime at = event.getObject();
        day = blockDay = at.toLocalDate();
        time = blockFrom = at.toLocalTime();
        blockTo = at.toLocalTime().plusHours(1);
    }

    /** A drag and drop: the appointment moves, or goes back with the reason. */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        AppointmentView moved = (AppointmentView) event.getScheduleEvent().getData();
        try {
            // Calendar days and minutes in Paris time: a day across a clock change is not 24 hours
            agenda.move(moved.id(), moved.start().atZone(Dates.PARIS).toLocalDateTime()
                    .plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta()).plusDays(event.getDayDelta())
                    .plusMinutes(event.getMinuteDelta()));
            Messages.info("agenda.moved");
        } catch (BusinessException e) {
            Messages.show(e);
        }
        selected = null;
        requests = agenda.requests();
    }

    /** Books the service at the day and time typed (Faces has read them, and refused them empty). */
    public void book() {
        if (offeringId == null || day == null || time == null) {
            return; // a request without the fields at all: Faces checks only those it was sent
        }
        try {
            agenda.book(clientId, offeringId, day.atTime(time));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        Messages.info("agenda.booked");
        clientId = null;
        client = null;
    }

    public void block() {
        if (blockDay == null || blockFrom == null || blockTo == null) {
            return; // as for book()
        }
        try {
            agenda.block(blockDay.atTime(blockFrom), blockDay.atTime(blockTo));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        Messages.info("agenda.blocked");
    }

    public void accept(long id) {
        act(() -> agenda.accept(id), "agenda.accepted");
    }

    public void decline(long id) {
        act(() -> agenda.decline(id), "agenda.declined");
    }

    public void cancel(long id) {
        act(() -> agenda.cancel(id), "agenda.cancelled");
    }

    public void mark(long id, AppointmentStatus outcome) {
        act(() -> agenda.mark(id, outcome), "agenda.marked");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
        } catch (BusinessException e) {
            Messages.show(e);
        }
        selected = null;
        requests = agenda.requests();
    }

    private static DefaultScheduleEvent<AppointmentView> event(AppointmentView a) {
        String title = a.isBlock() ? Messages.text("enum.AppointmentStatus.BLOCKED")
                : (a.status() == AppointmentStatus.REQUESTED ? Messages.text("agenda.requestMark") + " " : "")
                        + a.clientName() + " · " + a.offeringName();
        return DefaultScheduleEvent.<AppointmentView>builder().id(Long.toString(a.id())).title(title)
                .startDate(a.start().atZone(Dates.PARIS).toLocalDateTime())
                .endDate(a.end().atZone(Dates.PARIS).toLocalDateTime())
                .styleClass("appointment-" + a.status().name().toLowerCase(java.util.Locale.ROOT))
                .editable(a.status().isOpen() || a.isBlock()).resizable(false).data(a).build();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<AppointmentView> getRequests() {
        return requests;
    }

    public List<OfferingView> getOfferings() {
        return offerings;
    }

    /** Whether the selected appointment has begun: only then can it be marked done or missed. */
    public boolean isStarted() {
        return selected != null && !selected.start().isAfter(java.time.Instant.now());
    }

    public AppointmentView getSelected() {
        return selected;
    }

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public String getWeekParam() {
        return weekParam;
    }

    public void setWeekParam(String weekParam) {
        this.weekParam = weekParam;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public ClientSummary getClient() {
        return client;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(Long offeringId) {
        this.offeringId = offeringId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public LocalDate getBlockDay() {
        return blockDay;
    }

    public void setBlockDay(LocalDate blockDay) {
        this.blockDay = blockDay;
    }

    public LocalTime getBlockFrom() {
        return blockFrom;
    }

    public void setBlockFrom(LocalTime blockFrom) {
        this.blockFrom = blockFrom;
    }

    public LocalTime getBlockTo() {
        return blockTo;
    }

    public void setBlockTo(LocalTime blockTo) {
        this.blockTo = blockTo;
    }
}
