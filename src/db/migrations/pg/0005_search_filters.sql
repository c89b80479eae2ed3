-- Filter words (zzter…, zzneed…, zzlang…, zzday…, zzfree) get a column of their own, apart from
-- the text people write, so that a description saying "zzfree" matches no filter. One GIN index
-- over both, the text weighted A and the filters B: search asks for words:*A and filters:B.
-- NULL marks services indexed before: the server writes their rows again at start.
ALTER TABLE services ADD COLUMN filter_text TEXT;
DROP INDEX services_fts;
CREATE INDEX services_fts ON services USING GIN ((setweight(to_tsvector('simple', search_text), 'A') || setweight(to_tsvector('simple', COALESCE(filter_text, '')), 'B')));
