-- Two-factor authentication (issue 3): a TOTP secret per account that has one, and single-use recovery codes.
-- One table for staff and clients, keyed by realm and id (Realm: STAFF or CLIENT): the secret is in one
-- column of one table, sealed by the field cipher (AES-256-GCM, bound to seal_ref); a row exists only while
-- the second factor is on.

CREATE TABLE second_factor (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_realm      VARCHAR(10)    NOT NULL,
    owner_id         BIGINT         NOT NULL,
    seal_ref         BINARY(16)     NOT NULL,
    totp_secret      VARBINARY(255) NOT NULL,
    totp_enabled_at  DATETIME(6)    NOT NULL,
    -- the last 30-second step accepted: a code of that step or an older one is refused
    totp_last_step   BIGINT         NOT NULL,
    CONSTRAINT second_factor_owner UNIQUE (owner_realm, owner_id),
    CONSTRAINT second_factor_seal_ref UNIQUE (seal_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recovery codes are kept as salted PBKDF2 hashes (50 bits each: NIST SP 800-63B asks for a password
-- hashing scheme below 112 bits), and each is good once.
CREATE TABLE recovery_code (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_realm  VARCHAR(10)  NOT NULL,
    owner_id     BIGINT       NOT NULL,
    code_hash    VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6)  NULL,
    INDEX recovery_code_by_owner (owner_realm, owner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
