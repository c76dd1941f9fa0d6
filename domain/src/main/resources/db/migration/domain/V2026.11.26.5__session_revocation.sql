-- "Log out everywhere": sessions of an account that began before revoked_at end at their next request.
CREATE TABLE session_revocation (
    principal   VARCHAR(40) NOT NULL PRIMARY KEY,
    revoked_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
