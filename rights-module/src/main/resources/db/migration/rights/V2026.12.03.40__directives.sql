-- Directives after death (Loi Informatique et Libertés art. 85): each version of a client's particular
-- directives (never changed: a change or a revocation is a new version, the newest is current), the death as
-- the practitioner recorded it with what was done, and the heirs' requests (art. 85 II).
CREATE TABLE directive_version (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref        BINARY(16)    NOT NULL,
    client_id       BIGINT        NOT NULL,
    version         INT           NOT NULL,
    filed_at        DATETIME(6)   NOT NULL,
    revoked         BOOLEAN       NOT NULL,
    is_current      BOOLEAN       NOT NULL,
    -- HEALTH=COMMUNICATE,…: categories and choices, no personal data
    choices         VARCHAR(300)  NOT NULL,
    designee_name   BLOB          NULL,
    designee_email  BLOB          NULL,
    note            BLOB          NULL,
    CONSTRAINT directive_version_seal_ref UNIQUE (seal_ref),
    CONSTRAINT directive_version_number UNIQUE (client_id, version),
    CONSTRAINT directive_version_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE client_death (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref               BINARY(16)    NOT NULL,
    client_id              BIGINT        NOT NULL,
    died_on                BLOB          NOT NULL,
    learnt_how             VARCHAR(20)   NOT NULL,
    learnt_detail          BLOB          NULL,
    document               MEDIUMBLOB    NULL,
    document_type          VARCHAR(40)   NULL,
    language               VARCHAR(10)   NOT NULL,
    recorded_at            DATETIME(6)   NOT NULL,
    recorded_by            VARCHAR(40)   NOT NULL,
    directive_version      INT           NULL,
    -- message keys of what was done, one a line: no personal data
    outcome                VARCHAR(4000) NOT NULL,
    -- the designee's archive, until downloaded once
    archive                LONGBLOB      NULL,
    designee_told_at       DATETIME(6)   NULL,
    designee_confirmed_at  DATETIME(6)   NULL,
    archive_downloaded_at  DATETIME(6)   NULL,
    CONSTRAINT client_death_seal_ref UNIQUE (seal_ref),
    CONSTRAINT client_death_once UNIQUE (client_id),
    CONSTRAINT client_death_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE heirs_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref     BINARY(16)   NOT NULL,
    client_id    BIGINT       NOT NULL,
    requester    BLOB         NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    detail       BLOB         NULL,
    received_on  DATE         NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT heirs_request_seal_ref UNIQUE (seal_ref),
    CONSTRAINT heirs_request_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX heirs_request_by_client (client_id, received_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
