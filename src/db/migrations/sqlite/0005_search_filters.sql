-- SQLite's part of 0005_search_filters.sql: the FTS5 table gets the filter column.
DROP TABLE services_fts;
CREATE VIRTUAL TABLE services_fts USING fts5 (service_id UNINDEXED, search_text, filter_text, tokenize = 'unicode61 remove_diacritics 2');
