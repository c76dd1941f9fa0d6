-- Health data (issue 4, purpose P03): anamnesis (medical history, current treatments, allergies) as dated
-- entries, and measurements (height, weight). Nothing is deleted by the practice: an entry is voided, with a
-- reason; erasure belongs to the rights module. Every health value is sealed.
CREATE TABLE anamnesis_entry (
    id           BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref     BINARY(16)      NOT NULL,
    client_id    BIGINT          NOT NULL,
    kind         VARCHAR(20)     NOT NULL,
    text         VARBINARY(8100) NOT NULL,
    -- the day the fact was noted (Paris)
    noted_on     DATE            NOT NULL,
    created_at   DATETIME(6)     NOT NULL,
    created_by   BIGINT          NOT NULL,
    voided_at    DATETIME(6)     NULL,
    voided_by    BIGINT          NULL,
    void_reason  VARBINARY(1000) NULL,
    CONSTRAINT anamnesis_entry_seal_ref UNIQUE (seal_ref),
    CONSTRAINT anamnesis_entry_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX anamnesis_by_client (client_id, noted_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE measurement (
    id           BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    seal_ref     BINARY(16)      NOT NULL,
    client_id    BIGINT          NOT NULL,
    measured_on  DATE            NOT NULL,
    height_cm    VARBINARY(100)  NULL,
    weight_kg    VARBINARY(100)  NULL,
    created_at   DATETIME(6)     NOT NULL,
    created_by   BIGINT          NOT NULL,
    voided_at    DATETIME(6)     NULL,
    voided_by    BIGINT          NULL,
    void_reason  VARBINARY(1000) NULL,
    CONSTRAINT measurement_seal_ref UNIQUE (seal_ref),
    CONSTRAINT measurement_client FOREIGN KEY (client_id) REFERENCES client (id),
    INDEX measurement_by_client (client_id, measured_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
