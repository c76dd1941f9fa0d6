-- The emails written to one person, found without decrypting the outbox (export and erasure of a client's data).
-- Emails queued before this version have none; they are read one by one instead.
ALTER TABLE outgoing_email
    ADD COLUMN recipient_index BINARY(32) NULL,
    ADD INDEX outgoing_email_by_recipient (recipient_index);
