-- PostgreSQL's part of 0005_search_filters.sql: one GIN index over both columns, the text
-- weighted A and the filters B; search asks for words:*A and filters:B.
DROP INDEX services_fts;
CREATE INDEX services_fts ON services USING GIN ((setweight(to_tsvector('simple', search_text), 'A') || setweight(to_tsvector('simple', COALESCE(filter_text, '')), 'B')));
