-- Foundation: the practice, its staff, client files, portal accounts and the email outbox.
-- Versions are dates (yyyy.mm.dd.n), unique across every module's db/migration folder.
-- Instants are DATETIME(6) in UTC (UtcInstantConverter).
-- Personal fields are VARBINARY: sealed by the application with AES-256-GCM (FieldCipher), bound to their
-- column and to the row's seal_ref (unique: sealed values copied with it to another row clash).
-- *_index columns are blind indexes (HMAC-SHA256 under another key).

CREATE TABLE practice (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    singleton   TINYINT      NOT NULL DEFAULT 1,
    name        VARCHAR(120) NOT NULL,
    profession  VARCHAR(120) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT practice_only_one UNIQUE (singleton),
    CONSTRAINT practice_singleton_is_one CHECK (singleton = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref       BINARY(16)      NOT NULL,
    first_name     VARBINARY(500)  NOT NULL,
    last_name      VARBINARY(500)  NOT NULL,
    email          VARBINARY(1100) NOT NULL,
    email_index    BINARY(32)      NOT NULL,
    password_hash  VARCHAR(200)    NOT NULL,
    role           VARCHAR(20)     NOT NULL,
    created_at     DATETIME(6)     NOT NULL,
    CONSTRAINT staff_member_email UNIQUE (email_index),
    CONSTRAINT staff_member_seal_ref UNIQUE (seal_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE client (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref         BINARY(16)      NOT NULL,
    last_name        VARBINARY(500)  NOT NULL,
    first_name       VARBINARY(500)  NOT NULL,
    email            VARBINARY(1100) NOT NULL,
    birth_date       VARBINARY(100)  NOT NULL,
    email_index      BINARY(32)      NOT NULL,
    last_name_index  BINARY(32)      NOT NULL,
    language         VARCHAR(5)      NOT NULL,
    created_at       DATETIME(6)     NOT NULL,
    created_by       BIGINT          NOT NULL,
    CONSTRAINT client_email UNIQUE (email_index),
    CONSTRAINT client_seal_ref UNIQUE (seal_ref),
    INDEX client_by_last_name (last_name_index),
    CONSTRAINT client_created_by FOREIGN KEY (created_by) REFERENCES staff_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE client_credential (
    client_id      BIGINT       NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(200) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT client_credential_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    revoked_at  DATETIME(6) NULL,
    CONSTRAINT invitation_token UNIQUE (token_hash),
    CONSTRAINT invitation_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX invitation_by_client (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outgoing_email (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref    BINARY(16)      NOT NULL,
    recipient   VARBINARY(1100) NOT NULL,
    subject     VARBINARY(1300) NOT NULL,
    body        MEDIUMBLOB      NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    sent_at          DATETIME(6)  NULL,
    CONSTRAINT outgoing_email_seal_ref UNIQUE (seal_ref),
    INDEX outgoing_email_to_send (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
