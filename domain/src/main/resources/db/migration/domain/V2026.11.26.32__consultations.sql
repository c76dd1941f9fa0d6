-- Consultation records (issue 4, purpose P03): reason, notes, follow-up plan, what the client sees of it in the
-- portal, and attachments (PDF, PNG or JPEG) whose content lives in its own table, so that listing them never loads
-- the files. Every value is sealed; nothing is deleted by the practice (voided, with a reason).
CREATE TABLE consultation (
    id              BIGINT           NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref        BINARY(16)       NOT NULL,
    client_id       BIGINT           NOT NULL,
    held_on         DATE             NOT NULL,
    reason          VARBINARY(1000)  NOT NULL,
    notes           MEDIUMBLOB       NULL,
    follow_up       BLOB             NULL,
    shared_summary  BLOB             NULL,
    created_at      DATETIME(6)      NOT NULL,
    created_by      BIGINT           NOT NULL,
    updated_at      DATETIME(6)      NULL,
    voided_at       DATETIME(6)      NULL,
    voided_by       BIGINT           NULL,
    void_reason     VARBINARY(1000)  NULL,
    CONSTRAINT consultation_seal_ref UNIQUE (seal_ref),
    CONSTRAINT consultation_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX consultation_by_client (client_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_attachment (
    id               BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref         BINARY(16)      NOT NULL,
    consultation_id  BIGINT          NOT NULL,
    client_id        BIGINT          NOT NULL,
    file_name        VARBINARY(1000) NOT NULL,
    content_type     VARCHAR(40)     NOT NULL,
    size_bytes       INT             NOT NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       BIGINT          NOT NULL,
    CONSTRAINT consultation_attachment_seal_ref UNIQUE (seal_ref),
    CONSTRAINT consultation_attachment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    INDEX attachment_by_consultation (consultation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE attachment_content (
    id        BIGINT      NOT NULL PRIMARY KEY,
    seal_ref  BINARY(16)  NOT NULL,
    content   LONGBLOB    NOT NULL,
    CONSTRAINT attachment_content_seal_ref UNIQUE (seal_ref),
    CONSTRAINT attachment_content_attachment FOREIGN KEY (id) REFERENCES consultation_attachment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
