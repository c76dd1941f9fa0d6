-- Objections (GDPR art. 21) and limitations (art. 18) of a client's data (issue 12, purpose P16). Every change of an
-- objection is a row: the latest one per client and purpose is the switch's position. A limitation is a row from the
-- client's request until the practitioner lifts it, after the notice of art. 18(3).
CREATE TABLE rights_objection_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT       NOT NULL,
    purpose     VARCHAR(3)   NOT NULL,
    -- 1: objected (the switch off), 0: withdrawn (back on)
    objected    BOOLEAN      NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    -- the principal who switched it (the client in the portal)
    changed_by  VARCHAR(40)  NOT NULL,
    CONSTRAINT rights_objection_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX rights_objection_by_client (client_id, purpose, changed_at),
    INDEX rights_objection_by_purpose (purpose, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rights_limitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref        BINARY(16)   NOT NULL,
    client_id       BIGINT       NOT NULL,
    -- the ground of art. 18(1): ACCURACY (a), UNLAWFUL (b), LEGAL_CLAIM (c), OBJECTION (d)
    ground          VARCHAR(12)  NOT NULL,
    -- sealed: the client's words
    reason          BLOB         NOT NULL,
    asked_at        DATETIME(6)  NOT NULL,
    asked_by        VARCHAR(40)  NOT NULL,
    -- art. 18(3): when the client was told it would be lifted, then when and by whom it was
    notice_sent_at  DATETIME(6)  NULL,
    lifted_at       DATETIME(6)  NULL,
    lifted_by       BIGINT       NULL,
    CONSTRAINT rights_limitation_seal_ref UNIQUE (seal_ref),
    CONSTRAINT rights_limitation_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX rights_limitation_by_client (client_id, lifted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
