-- Booking (issue 5, purpose P02): the services the practice offers, its opening hours and closures, the rules of
-- online booking, and the appointments. No two appointments of one practitioner overlap: each appointment holds
-- the five-minute units of its time and buffer in slot_hold, whose primary key refuses a unit held twice, whatever
-- the concurrency.
CREATE TABLE offering (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(120)  NOT NULL,
    description       VARCHAR(2000) NULL,
    duration_minutes  INT           NOT NULL,
    buffer_minutes    INT           NOT NULL,
    price_cents       BIGINT        NOT NULL,
    online            BOOLEAN       NOT NULL,
    -- PRACTICE, HOME (home visit) or VIDEO; location_detail is the video link (given to the booked client only)
    location          VARCHAR(10)   NOT NULL,
    location_detail   VARCHAR(500)  NULL,
    active            BOOLEAN       NOT NULL,
    created_at        DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_policy (
    id                    TINYINT       NOT NULL PRIMARY KEY,
    -- MONDAY=09:00-12:00,14:00-18:00;TUESDAY=…
    weekly_hours          VARCHAR(1000) NOT NULL,
    holidays_closed       BOOLEAN       NOT NULL,
    book_notice_hours     INT           NOT NULL,
    cancel_notice_hours   INT           NOT NULL,
    horizon_days          INT           NOT NULL,
    step_minutes          INT           NOT NULL,
    -- INSTANT: booked at once; REQUEST: the practitioner accepts or declines
    mode                  VARCHAR(10)   NOT NULL,
    reminder_hours        INT           NOT NULL,
    CONSTRAINT booking_policy_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE closure (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_day  DATE          NOT NULL,
    last_day   DATE          NOT NULL,
    label      VARCHAR(120)  NULL,
    CONSTRAINT closure_order CHECK (last_day >= first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- the iCalendar UID, the same in every email about this appointment
    uid               VARCHAR(80)   NOT NULL,
    practitioner_id   BIGINT        NOT NULL,
    -- NULL for time the practitioner blocked
    client_id         BIGINT        NULL,
    offering_id       BIGINT        NULL,
    starts_at         DATETIME(6)   NOT NULL,
    ends_at           DATETIME(6)   NOT NULL,
    -- the end of the buffer after the service
    held_until        DATETIME(6)   NOT NULL,
    -- REQUESTED, CONFIRMED, DECLINED, CANCELLED, CANCELLED_LATE, DONE, MISSED, BLOCKED
    status            VARCHAR(16)   NOT NULL,
    -- the iCalendar SEQUENCE: one more at each change the client is told of
    sequence          INT           NOT NULL,
    booked_by_client  BOOLEAN       NOT NULL,
    reminder_sent_at  DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    changed_at        DATETIME(6)   NOT NULL,
    CONSTRAINT appointment_uid UNIQUE (uid),
    CONSTRAINT appointment_practitioner FOREIGN KEY (practitioner_id) REFERENCES staff_member (id),
    CONSTRAINT appointment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT appointment_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT appointment_order CHECK (ends_at > starts_at AND held_until >= ends_at),
    INDEX appointment_by_time (practitioner_id, starts_at),
    INDEX appointment_by_client (client_id, starts_at),
    INDEX appointment_reminders (status, reminder_sent_at, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE slot_hold (
    practitioner_id  BIGINT       NOT NULL,
    unit_start       DATETIME     NOT NULL,
    appointment_id   BIGINT       NOT NULL,
    PRIMARY KEY (practitioner_id, unit_start),
    CONSTRAINT slot_hold_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id) ON DELETE CASCADE,
    INDEX slot_hold_by_appointment (appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
