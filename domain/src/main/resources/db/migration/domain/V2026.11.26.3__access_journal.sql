-- The access journal: every read and change of a client's file by staff, append-only, chained.
-- Each entry's chain_hash is an HMAC (the index key, outside the database) of the previous entry's hash
-- and of this entry's fields: a changed, inserted or deleted row breaks the chain (JournalChain.verify).
-- journal_head holds the last sequence number and hash; locking it serialises the appends.

CREATE TABLE access_journal (
    seq          BIGINT      NOT NULL PRIMARY KEY,
    at           DATETIME(6) NOT NULL,
    actor        VARCHAR(40) NOT NULL,
    client_id    BIGINT      NOT NULL,
    action       VARCHAR(40) NOT NULL,
    purpose      VARCHAR(10) NOT NULL,
    chain_hash   BINARY(32)  NOT NULL,
    INDEX access_journal_by_client (client_id, seq),
    INDEX access_journal_by_actor (actor, seq),
    INDEX access_journal_by_time (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE journal_head (
    id         TINYINT    NOT NULL PRIMARY KEY,
    last_seq   BIGINT     NOT NULL,
    last_hash  BINARY(32) NOT NULL,
    CONSTRAINT journal_head_only_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO journal_head (id, last_seq, last_hash) VALUES (1, 0, REPEAT(CHAR(0), 32));
