package app.carnet.domain.booking;

import app.carnet.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A service the practice offers: a consultation type with its length, the buffer after it, its price and place. */
@Entity
@Table(name = "offering")
@NamedQuery(name = "Offering.findAll", query = "SELECT o FROM Offering o ORDER BY o.active DESC, o.name, o.id")
class Offering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "buffer_minutes", nullable = false)
    private int bufferMinutes;

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(nullable = false)
    private boolean online;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Location location;

    @Column(name = "location_detail", length = 500)
    private String locationDetail;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Offering() {
    }

    Offering(CheckedOffering form, Instant now) {
        this.createdAt = now;
        this.active = true;
        update(form);
    }

    /** @param form checked already */
    void update(CheckedOffering form) {
        this.name = form.name();
        this.description = form.description();
        this.durationMinutes = form.durationMinutes();
        this.bufferMinutes = form.bufferMinutes();
        this.priceCents = form.price().cents();
        this.online = form.online();
        this.location = form.location();
        this.locationDetail = form.locationDetail();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long getId() {
        return id;
    }

    Duration length() {
        return Duration.ofMinutes(durationMinutes);
    }

    Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    boolean isBookableOnline() {
        return active && online;
    }

    String getName() {
        return name;
    }

    OfferingView view() {
        return new OfferingView(id, name, description, durationMinutes, bufferMinutes, Money.ofCents(priceCents),
                online,
                location, locationDetail, active);
    }
}
