-- Signed single-use links (password reset, email verification) and clients who register themselves.
-- A link is a JWT signed by Carnet (HS256) whose id (jti) is recorded here: the URL carries no personal
-- data, the row says whose link it is, and used_at burns it.

CREATE TABLE account_link (
    jti         VARCHAR(32) NOT NULL PRIMARY KEY,
    purpose     VARCHAR(30) NOT NULL,
    principal   VARCHAR(40) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    INDEX account_link_by_principal (principal, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invited client proves the address by following the invitation; a registered one by the verification link.
ALTER TABLE client_credential ADD COLUMN email_verified_at DATETIME(6) NULL;
UPDATE client_credential SET email_verified_at = updated_at;

-- A client who registered from the portal was created by nobody of the practice.
ALTER TABLE client MODIFY created_by BIGINT NULL;
ALTER TABLE client ADD COLUMN source VARCHAR(10) NOT NULL DEFAULT 'PRACTICE';
