-- Partners and replacements (issue 3). A partner sees the clients the owner shares with them; a replacement
-- too, and only between access_from and access_until (Paris dates, both included). An invited member has no
-- password until the welcome link; ended_at ends a member's access for good.

ALTER TABLE staff_member MODIFY password_hash VARCHAR(200) NULL;
ALTER TABLE staff_member ADD COLUMN access_from DATE NULL;
ALTER TABLE staff_member ADD COLUMN access_until DATE NULL;
ALTER TABLE staff_member ADD COLUMN ended_at DATETIME(6) NULL;

CREATE TABLE client_share (
    client_id  BIGINT      NOT NULL,
    staff_id   BIGINT      NOT NULL,
    shared_at  DATETIME(6) NOT NULL,
    shared_by  BIGINT      NOT NULL,
    PRIMARY KEY (client_id, staff_id),
    INDEX client_share_by_staff (staff_id),
    CONSTRAINT client_share_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT client_share_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT client_share_by FOREIGN KEY (shared_by) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
