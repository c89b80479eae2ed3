-- Search reads only this index for the services the full-text index found: no table row is
-- touched until the page of results is loaded. Open days are now words of the full-text index.
CREATE INDEX services_search ON services (fts_rowid, status, minimum_age, maximum_age, name_key, needs_key, latitude, longitude, id);
DROP TABLE service_days;
