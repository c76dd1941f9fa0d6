-- The waitlist (issue 5): a client asks to be told when a slot earlier than wanted_before frees up for a service
-- (for an appointment already booked, to move it there). When one frees, the clients waiting are emailed in the
-- order they joined; the first to book it gets it (slot_hold decides).
CREATE TABLE waitlist_entry (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id       BIGINT       NOT NULL,
    offering_id     BIGINT       NOT NULL,
    appointment_id  BIGINT       NULL,
    wanted_before   DATETIME(6)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT waitlist_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT waitlist_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT waitlist_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id) ON DELETE CASCADE,
    INDEX waitlist_by_offering (offering_id, created_at),
    INDEX waitlist_by_client (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
