-- SQLite's part of 0002_directory.sql.
-- Full-text index over the accent-folded French and English text of each service.
CREATE VIRTUAL TABLE services_fts USING fts5 (service_id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 2');
