-- The register of requests to exercise a right (issue 12, P16): each request with its clock (GDPR art. 12(3):
-- received_on, months granted, days suspended while identity information was awaited, décret 2019-536 art. 77),
-- what was asked, the extension's reasons and the answer or refusal reason (sealed); its history; and the identity
-- questions, whose answers and copies are deleted once verified (only verified_on and verified_with remain).
CREATE TABLE rights_request (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id          BIGINT       NOT NULL,
    type               VARCHAR(20)  NOT NULL,
    channel            VARCHAR(10)  NOT NULL,
    received_on        DATE         NOT NULL,
    asked              BLOB         NOT NULL,
    state              VARCHAR(25)  NOT NULL,
    months             INT          NOT NULL,
    suspended_days     BIGINT       NOT NULL DEFAULT 0,
    suspended_since    DATE         NULL,
    extension_reasons  BLOB         NULL,
    answer             BLOB         NULL,
    closed_at          DATETIME(6)  NULL,
    verified_on        DATE         NULL,
    verified_with      VARCHAR(30)  NULL,
    reminded_at        DATETIME(6)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         BIGINT       NULL,
    seal_ref           BINARY(16)   NOT NULL,
    CONSTRAINT rights_request_seal_ref UNIQUE (seal_ref),
    CONSTRAINT rights_request_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX rights_request_by_client (client_id),
    INDEX rights_request_by_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rights_request_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT       NOT NULL,
    at          DATETIME(6)  NOT NULL,
    kind        VARCHAR(25)  NOT NULL,
    staff_id    BIGINT       NULL,
    detail      BLOB         NULL,
    seal_ref    BINARY(16)   NOT NULL,
    CONSTRAINT rights_request_event_seal_ref UNIQUE (seal_ref),
    CONSTRAINT rights_request_event_request FOREIGN KEY (request_id) REFERENCES rights_request (id) ON DELETE CASCADE,
    INDEX rights_request_event_by_request (request_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_proof (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT       NOT NULL,
    client_id     BIGINT       NOT NULL,
    step          VARCHAR(12)  NOT NULL,
    doubt         BLOB         NOT NULL,
    question      BLOB         NOT NULL,
    asked_at      DATETIME(6)  NOT NULL,
    answered_at   DATETIME(6)  NULL,
    answer        BLOB         NULL,
    kind          VARCHAR(20)  NULL,
    content_type  VARCHAR(40)  NULL,
    has_copy      BOOLEAN      NOT NULL DEFAULT FALSE,
    verified_at   DATETIME(6)  NULL,
    seal_ref      BINARY(16)   NOT NULL,
    CONSTRAINT identity_proof_seal_ref UNIQUE (seal_ref),
    CONSTRAINT identity_proof_request FOREIGN KEY (request_id) REFERENCES rights_request (id) ON DELETE CASCADE,
    CONSTRAINT identity_proof_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX identity_proof_by_request (request_id),
    INDEX identity_proof_by_client (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_proof_file (
    id        BIGINT       NOT NULL PRIMARY KEY,
    content   LONGBLOB     NOT NULL,
    seal_ref  BINARY(16)   NOT NULL,
    CONSTRAINT identity_proof_file_seal_ref UNIQUE (seal_ref),
    CONSTRAINT identity_proof_file_proof FOREIGN KEY (id) REFERENCES identity_proof (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
