-- The client file (issue 4): optional SIREN, contact (postal address, phones), personal life (interests,
-- marital status), who gave the data when a third party did, free notes, and the end of the relationship.
-- Every personal column is sealed (VARBINARY); phones are found through blind indexes, names through blind
-- indexes of their first three letters (filled by Carnet at start for the files that predate them).
ALTER TABLE client
    ADD COLUMN siren               VARBINARY(100)   NULL,
    ADD COLUMN address             VARBINARY(1000)  NULL,
    ADD COLUMN postal_code         VARBINARY(100)   NULL,
    ADD COLUMN city                VARBINARY(500)   NULL,
    ADD COLUMN mobile_phone        VARBINARY(100)   NULL,
    ADD COLUMN other_phone         VARBINARY(100)   NULL,
    ADD COLUMN mobile_phone_index  BINARY(32)       NULL,
    ADD COLUMN other_phone_index   BINARY(32)       NULL,
    ADD COLUMN interests           VARBINARY(4200)  NULL,
    ADD COLUMN marital_status      VARBINARY(100)   NULL,
    ADD COLUMN source_detail       VARBINARY(1000)  NULL,
    ADD COLUMN notes               BLOB             NULL,
    -- the day the relationship ended (Paris): the retention clock starts there
    ADD COLUMN ended_on            DATE             NULL,
    ADD COLUMN updated_at          DATETIME(6)      NULL,
    ADD COLUMN last_name_prefix    BINARY(32)       NULL,
    ADD COLUMN first_name_prefix   BINARY(32)       NULL,
    ADD INDEX client_by_last_name_prefix (last_name_prefix),
    ADD INDEX client_by_first_name_prefix (first_name_prefix),
    ADD INDEX client_by_mobile_phone (mobile_phone_index),
    ADD INDEX client_by_other_phone (other_phone_index);

-- Minimisation: the practitioner may choose not to keep the optional categories of data (personal life).
ALTER TABLE practice ADD COLUMN personal_life_kept BOOLEAN NOT NULL DEFAULT TRUE;
