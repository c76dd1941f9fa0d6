-- The client an email was written to, whatever address it went to: an erasure or an export of that client finds
-- every email, those sent to an earlier address too. NULL for staff emails and for the emails queued before this
-- version (those are found by the recipient's index).
ALTER TABLE outgoing_email
    ADD COLUMN client_id BIGINT NULL,
    ADD INDEX outgoing_email_by_client (client_id);
