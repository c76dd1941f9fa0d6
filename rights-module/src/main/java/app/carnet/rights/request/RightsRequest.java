package app.carnet.rights.request;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One request of the register: whose, which right, when and how it arrived, what was asked (sealed), where it
 * stands, its clock, and its answer or the reason of its refusal (sealed). Its steps are {@link RequestEvent}s.
 */
@Entity
@Table(name = "rights_request")
@NamedQuery(name = "RightsRequest.findAll",
        query = "SELECT r FROM RightsRequest r ORDER BY r.receivedOn DESC, r.id DESC")
@NamedQuery(name = "RightsRequest.findOpen", query = "SELECT r FROM RightsRequest r WHERE r.state NOT IN "
        + "(app.carnet.rights.request.RequestState.ANSWERED, app.carnet.rights.request.RequestState.REFUSED) "
        + "ORDER BY r.receivedOn, r.id")
@NamedQuery(name = "RightsRequest.findByClient", query = "SELECT r FROM RightsRequest r WHERE r.clientId = :client "
        + "ORDER BY r.receivedOn DESC, r.id DESC")
@NamedQuery(name = "RightsRequest.claimReminder", query = "UPDATE RightsRequest r SET r.remindedAt = :now "
        + "WHERE r.id = :id AND r.remindedAt IS NULL")
class RightsRequest extends SealedRecord {

    static final int ASKED_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private RequestChannel channel;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "asked", nullable = false, updatable = false)
    private byte @Nullable [] asked;

    /** The item a rectification points at, as its module names it ({@code RectifiableItem.ref}). */
    @Column(name = "item_ref", length = 60, updatable = false)
    private @Nullable String itemRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private RequestState state;

    @Column(nullable = false)
    private int months;

    @Column(name = "suspended_days", nullable = false)
    private long suspendedDays;

    @Column(name = "suspended_since")
    private @Nullable LocalDate suspendedSince;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "extension_reasons")
    private byte @Nullable [] extensionReasons;

    @Encrypted(DataCategory.CONTACT)
    @Column(name = "answer")
    private byte @Nullable [] answer;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "verified_on")
    private @Nullable LocalDate verifiedOn;

    @Column(name = "verified_with", length = 30)
    private @Nullable String verifiedWith;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private @Nullable Long createdBy;

    @SuppressWarnings("NullAway.Init") // for JPA, which fills the fields
    protected RightsRequest() {
    }

    RightsRequest(long clientId, RequestType type, RequestChannel channel, LocalDate receivedOn, String asked,
            Instant now, @Nullable Long staffId) {
        this.clientId = clientId;
        this.type = type;
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.asked = seal("asked", asked);
        this.state = RequestState.RECEIVED;
        this.months = RightsDeadline.FIRST;
        this.createdAt = now;
        this.createdBy = staffId;
    }

    long getId() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    long getClientId() {
        return clientId;
    }

    RequestType getType() {
        return type;
    }

    RequestChannel getChannel() {
        return channel;
    }

    RequestState getState() {
        return state;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    boolean isReminded() {
        return remindedAt != null;
    }

    RequestClock clock() {
        return new RequestClock(receivedOn, months, suspendedDays, suspendedSince);
    }

    private void set(RequestClock clock) {
        this.months = clock.months();
        this.suspendedDays = clock.suspendedDays();
        this.suspendedSince = clock.suspendedSince();
    }

    void takeUp() {
        state = state.takenUp();
    }

    void identityAsked(LocalDate today) {
        state = state.identityAsked(channel);
        set(clock().suspend(today));
    }

    void identityReceived(LocalDate today) {
        state = state.identityReceived(months > RightsDeadline.FIRST);
        set(clock().resume(today));
    }

    void identityVerified(LocalDate today, String with) {
        verifiedOn = today;
        verifiedWith = with;
    }

    void extend(int totalMonths, String reasons, LocalDate today) {
        var next = state.extended();
        set(clock().extend(totalMonths, today));
        state = next;
        extensionReasons = seal("extension_reasons", reasons);
        remindedAt = null; // a reminder again before the new due date
    }

    void answer(String text, Instant now) {
        state = state.answered();
        close(text, now);
    }

    void refuse(String reason, Instant now) {
        state = state.refused();
        close(reason, now);
    }

    /** Honoured at once, in the portal (a download, a switch): answered when received. */
    void answeredAtOnce(Instant at) {
        state = RequestState.ANSWERED;
        closedAt = at;
    }

    private void close(String text, Instant now) {
        answer = seal("answer", text);
        closedAt = now;
        suspendedSince = null;
    }

    String asked() {
        return java.util.Objects.requireNonNull(open("asked", asked));
    }

    @Nullable
    String answerText() {
        return open("answer", answer);
    }

    RequestLine line(String clientName, LocalDate today) {
        var deadline = clock().deadline(today);
        return new RequestLine(getId(), clientId, clientName, type, channel, receivedOn, state, deadline.due(),
                state.open() ? deadline.daysLeft(today) : 0, suspendedSince != null);
    }

    RequestView view(String clientName, LocalDate today, java.util.List<RequestEventLine> events,
            java.util.List<app.carnet.rights.identity.ProofLine> identity, boolean writable) {
        var deadline = clock().deadline(today);
        return new RequestView(getId(), clientId, clientName, type, channel, receivedOn, asked(), state,
                deadline.due(), deadline.firstMonthDue(), state.open() ? deadline.daysLeft(today) : 0, months,
                suspendedSince, open("extension_reasons", extensionReasons), answerText(), closedAt, verifiedOn,
                verifiedWith, events, identity, writable);
    }

    /** The request is about this item (a rectification made in the portal), set once, before it is saved. */
    void pointAt(String ref) {
        this.itemRef = ref;
    }

    @Nullable
    String getItemRef() {
        return itemRef;
    }

    PortalRequestLine portalLine(LocalDate today) {
        return new PortalRequestLine(getId(), type, receivedOn, state, clock().deadline(today).due(), asked(),
                answerText(), closedAt);
    }
}
