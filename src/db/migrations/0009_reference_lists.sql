-- Reference lists shared by every module (outreach strategies, vulnerability factors, reasons…).
-- Records of other modules store an entry's code, never its label: codes are stable (never
-- renamed), labels may be edited, and entries are retired instead of deleted so that old records
-- and reports still read them.
CREATE TABLE reference_lists (
  list_key TEXT PRIMARY KEY,
  name_fr TEXT NOT NULL,
  name_en TEXT NOT NULL,
  description_fr TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE reference_entries (
  id TEXT PRIMARY KEY,
  list_key TEXT NOT NULL REFERENCES reference_lists (list_key),
  code TEXT NOT NULL,
  label_fr TEXT NOT NULL,
  label_en TEXT NOT NULL,
  description_fr TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  built_in INTEGER NOT NULL DEFAULT 0,
  retired_at TEXT,
  retired_by TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX reference_entries_code ON reference_entries (list_key, code);
