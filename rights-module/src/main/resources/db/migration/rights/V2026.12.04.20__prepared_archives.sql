-- A client's archive made in the background when it is large (GDPR art. 15 and 20): where its making stands, then
-- its content in sealed parts of at most 4 MiB (each under the server's max_allowed_packet), offered until it
-- expires, then deleted with its parts.
CREATE TABLE prepared_archive (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT       NOT NULL,
    scope         VARCHAR(20)  NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    steps         INT          NOT NULL,
    steps_done    INT          NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    asked_at      DATETIME(6)  NOT NULL,
    heartbeat_at  DATETIME(6)  NOT NULL,
    ready_at      DATETIME(6)  NULL,
    expires_at    DATETIME(6)  NULL,
    CONSTRAINT prepared_archive_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX prepared_archive_by_client (client_id, scope),
    INDEX prepared_archive_by_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE prepared_archive_part (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref    BINARY(16)   NOT NULL,
    archive_id  BIGINT       NOT NULL,
    part_no     INT          NOT NULL,
    content     MEDIUMBLOB   NOT NULL,
    CONSTRAINT prepared_archive_part_seal_ref UNIQUE (seal_ref),
    CONSTRAINT prepared_archive_part_number UNIQUE (archive_id, part_no),
    CONSTRAINT prepared_archive_part_archive FOREIGN KEY (archive_id) REFERENCES prepared_archive (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
