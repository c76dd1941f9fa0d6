-- One archive of each kind per client at a time: two clicks or two tabs that ask at once cannot start two makings;
-- the second meets this key and is told that one is being made (PortalData.prepare). Earlier duplicates go first.
DELETE p FROM prepared_archive_part p
    JOIN prepared_archive a ON a.id = p.archive_id
    JOIN prepared_archive newer ON newer.client_id = a.client_id AND newer.scope = a.scope AND newer.id > a.id;
DELETE a FROM prepared_archive a
    JOIN prepared_archive newer ON newer.client_id = a.client_id AND newer.scope = a.scope AND newer.id > a.id;
ALTER TABLE prepared_archive DROP INDEX prepared_archive_by_client,
    ADD CONSTRAINT prepared_archive_one_per_kind UNIQUE (client_id, scope);
