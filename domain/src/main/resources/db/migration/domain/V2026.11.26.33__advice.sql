-- Advice documents (issue 4, purpose P04): written for a client, often from one of the practice's templates,
-- shared in the client's portal and downloadable as PDF. Templates hold no personal data; advice is sealed.
CREATE TABLE advice_template (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    body        TEXT          NOT NULL,
    updated_at  DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE advice (
    id           BIGINT           NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref     BINARY(16)       NOT NULL,
    client_id    BIGINT           NOT NULL,
    written_on   DATE             NOT NULL,
    title        VARBINARY(1000)  NOT NULL,
    body         MEDIUMBLOB       NOT NULL,
    shared_at    DATETIME(6)      NULL,
    created_at   DATETIME(6)      NOT NULL,
    created_by   BIGINT           NOT NULL,
    updated_at   DATETIME(6)      NULL,
    voided_at    DATETIME(6)      NULL,
    voided_by    BIGINT           NULL,
    void_reason  VARBINARY(1000)  NULL,
    CONSTRAINT advice_seal_ref UNIQUE (seal_ref),
    CONSTRAINT advice_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX advice_by_client (client_id, written_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
