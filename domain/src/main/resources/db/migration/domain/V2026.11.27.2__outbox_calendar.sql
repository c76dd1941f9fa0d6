-- The iCalendar file attached to an email about an appointment (sealed like the body), and its iTIP method
-- (REQUEST or CANCEL), which the email's text/calendar part declares.
ALTER TABLE outgoing_email
    ADD COLUMN calendar MEDIUMBLOB NULL,
    ADD COLUMN calendar_method VARCHAR(10) NULL;
