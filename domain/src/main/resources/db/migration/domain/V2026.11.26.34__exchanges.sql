-- Incoming calls, letters and emails, and the secure messages of the portal (issue 4, purpose P13).
-- Their content is sealed; the notification emails say only that a message is waiting.
CREATE TABLE incoming_contact (
    id           BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref     BINARY(16)      NOT NULL,
    client_id    BIGINT          NOT NULL,
    received_at  DATETIME(6)     NOT NULL,
    channel      VARCHAR(10)     NOT NULL,
    summary      BLOB            NOT NULL,
    follow_up    BLOB            NULL,
    done_at      DATETIME(6)     NULL,
    created_at   DATETIME(6)     NOT NULL,
    created_by   BIGINT          NOT NULL,
    CONSTRAINT incoming_contact_seal_ref UNIQUE (seal_ref),
    CONSTRAINT incoming_contact_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX incoming_by_client (client_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE message (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref    BINARY(16)   NOT NULL,
    client_id   BIGINT       NOT NULL,
    -- CLIENT: written by the client in the portal; PRACTICE: by a staff member (sent_by)
    author      VARCHAR(10)  NOT NULL,
    sent_by     BIGINT       NULL,
    body        BLOB         NOT NULL,
    sent_at     DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    CONSTRAINT message_seal_ref UNIQUE (seal_ref),
    CONSTRAINT message_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX message_by_client (client_id, sent_at),
    INDEX message_unread (author, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
