-- Each outgoing email carries the purpose it serves (an objection is honoured where emails are queued);
-- emails written before it have none.
ALTER TABLE outgoing_email ADD COLUMN purpose VARCHAR(10) NULL;
