-- A rectification asked from the portal points at the item the client says is wrong (issue 12, GDPR art. 16): the
-- reference its module gave it (RectifiableItem.ref: "client:email", "measurement:12:weight"), no personal data.
ALTER TABLE rights_request ADD COLUMN item_ref VARCHAR(60) NULL AFTER asked;
