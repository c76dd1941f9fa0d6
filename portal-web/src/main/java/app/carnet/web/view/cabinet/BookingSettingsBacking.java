package app.carnet.web.view.cabinet;

import app.carnet.domain.booking.BookingMode;
import app.carnet.domain.booking.BookingSettingsService;
import app.carnet.domain.booking.ClosureView;
import app.carnet.domain.booking.Location;
import app.carnet.domain.booking.OfferingForm;
import app.carnet.domain.booking.OfferingView;
import app.carnet.domain.booking.PolicyForm;
import app.carnet.domain.booking.PolicyView;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Money;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code /cabinet/prestations.xhtml}: the services offered, the opening hours and closures, the rules of booking. */
@Named
@ViewScoped
public class BookingSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BookingSettingsService settings;

    private List<OfferingView> offerings;
    private List<ClosureView> closures;
    private Long editing;
    private String name;
    private String description;
    private Integer duration;
    private Integer buffer;
    private Money price;
    private boolean online = true;
    private Location location = Location.PRACTICE;
    private String locationDetail;
    private final Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
    private boolean holidaysClosed;
    private Integer bookNotice;
    private Integer cancelNotice;
    private Integer horizon;
    private Integer step;
    private BookingMode mode;
    private Integer reminder;
    private LocalDate closureFirst;
    private LocalDate closureLast;
    private String closureLabel;

    @PostConstruct
    void load() {
        offerings = settings.offerings();
        closures = settings.closures();
        PolicyView policy = settings.policy();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, policy.hours().written(day));
        }
        holidaysClosed = policy.holidaysClosed();
        bookNotice = policy.bookNoticeHours();
        cancelNotice = policy.cancelNoticeHours();
        horizon = policy.horizonDays();
        step = policy.stepMinutes();
        mode = policy.mode();
        reminder = policy.reminderHours();
    }

    public void edit(OfferingView offering) {
        editing = offering.id();
        name = offering.name();
        description = offering.description();
        duration = offering.durationMinutes();
        buffer = offering.bufferMinutes();
        price = offering.price();
        online = offering.online();
        location = offering.location();
        locationDetail = offering.locationDetail();
    }

    public void startNew() {
        editing = null;
        name = description = locationDetail = null;
        duration = buffer = null;
        price = null;
        online = true;
        location = Location.PRACTICE;
    }

    public void saveOffering() {
        try {
            editing = settings.saveOffering(editing,
                    new OfferingForm(name, description, duration, buffer, price, online,
                            location, locationDetail));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        Messages.info("bookingSettings.offeringSaved");
        offerings = settings.offerings();
    }

    public void setActive(long id, boolean active) {
        settings.setActive(id, active);
        offerings = settings.offerings();
    }

    public void savePolicy() {
        try {
            settings.savePolicy(new PolicyForm(hours, holidaysClosed, bookNotice, cancelNotice, horizon, step, mode,
                    reminder));
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        Messages.info("bookingSettings.policySaved");
        load();
    }

    public void close() {
        try {
            settings.close(closureFirst, closureLast, closureLabel);
        } catch (BusinessException e) {
            Messages.show(e);
            return;
        }
        closureFirst = closureLast = null;
        closureLabel = null;
        Messages.info("bookingSettings.closureSaved");
        closures = settings.closures();
    }

    public void reopen(long id) {
        settings.reopen(id);
        closures = settings.closures();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public Location[] getLocations() {
        return Location.values();
    }

    public BookingMode[] getModes() {
        return BookingMode.values();
    }

    public List<OfferingView> getOfferings() {
        return offerings;
    }

    public List<ClosureView> getClosures() {
        return closures;
    }

    public Long getEditing() {
        return editing;
    }

    public Map<DayOfWeek, String> getHours() {
        return hours;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public Integer getBuffer() {
        return buffer;
    }

    public void setBuffer(Integer buffer) {
        this.buffer = buffer;
    }

    public Money getPrice() {
        return price;
    }

    public void setPrice(Money price) {
        this.price = price;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public void setLocationDetail(String locationDetail) {
        this.locationDetail = locationDetail;
    }

    public boolean isHolidaysClosed() {
        return holidaysClosed;
    }

    public void setHolidaysClosed(boolean holidaysClosed) {
        this.holidaysClosed = holidaysClosed;
    }

    public Integer getBookNotice() {
        return bookNotice;
    }

    public void setBookNotice(Integer bookNotice) {
        this.bookNotice = bookNotice;
    }

    public Integer getCancelNotice() {
        return cancelNotice;
    }

    public void setCancelNotice(Integer cancelNotice) {
        this.cancelNotice = cancelNotice;
    }

    public Integer getHorizon() {
        return horizon;
    }

    public void setHorizon(Integer horizon) {
        this.horizon = horizon;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public BookingMode getMode() {
        return mode;
    }

    public void setMode(BookingMode mode) {
        this.mode = mode;
    }

    public Integer getReminder() {
        return reminder;
    }

    public void setReminder(Integer reminder) {
        this.reminder = reminder;
    }

    public LocalDate getClosureFirst() {
        return closureFirst;
    }

    public void setClosureFirst(LocalDate closureFirst) {
        this.closureFirst = closureFirst;
    }

    public LocalDate getClosureLast() {
        return closureLast;
    }

    public void setClosureLast(LocalDate closureLast) {
        this.closureLast = closureLast;
    }

    public String getClosureLabel() {
        return closureLabel;
    }

    public void setClosureLabel(String closureLabel) {
        this.closureLabel = closureLabel;
    }
}
