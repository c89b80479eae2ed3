-- PostgreSQL's part of 0002_directory.sql.
-- Full-text index over the accent-folded French and English text of each service ('simple'
-- configuration: the text is already folded, and both engines must find the same services).
CREATE INDEX services_fts ON services USING GIN (to_tsvector('simple', search_text));
