-- Filter words (zzter…, zzneed…, zzlang…, zzday…, zzfree) get a column of their own, apart from
-- the text people write, so that a description saying "zzfree" matches no filter. NULL marks
-- services indexed before: the server writes their rows again at start.
ALTER TABLE services ADD COLUMN filter_text TEXT;
DROP TABLE services_fts;
CREATE VIRTUAL TABLE services_fts USING fts5 (service_id UNINDEXED, search_text, filter_text, tokenize = 'unicode61 remove_diacritics 2');
