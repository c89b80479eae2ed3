-- Issue 11, items 1 and 5: the sessions of a program (template) in detail, the file store's
-- metadata, the materials of a program's sessions, and participants' opt-in contacts for the
-- participant notebook.

-- A program's sessions, in order: theme, description, duration, objectives and the session's
-- own fidelity checklist (JSON array; empty: the program-wide checklist applies). Existing
-- programs' themes are carried here by the engine parts; group_programs.themes is then dropped.
CREATE TABLE group_program_sessions (
  program_id TEXT NOT NULL REFERENCES group_programs (id),
  number INTEGER NOT NULL,
  theme TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  duration_minutes INTEGER,
  objectives TEXT NOT NULL DEFAULT '',
  checklist TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (program_id, number)
);

-- The file store (src/files/): the bytes are on disk under the store's folder, named by their
-- SHA-256 (two files with the same bytes share them); here who sent what, owned by an organization.
CREATE TABLE stored_files (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  created_by TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX stored_files_sha256 ON stored_files (sha256);

-- A material of a program's session: one stored file.
CREATE TABLE group_program_materials (
  id TEXT PRIMARY KEY,
  program_id TEXT NOT NULL REFERENCES group_programs (id),
  session_number INTEGER NOT NULL,
  file_id TEXT NOT NULL REFERENCES stored_files (id),
  created_at TEXT NOT NULL
);
CREATE INDEX group_program_materials_session ON group_program_materials (program_id, session_number, created_at);

-- A participant who agreed to share their contact in the group's notebook (off by default).
ALTER TABLE group_participants ADD COLUMN shares_contact INTEGER NOT NULL DEFAULT 0;
ALTER TABLE group_participants ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE group_participants ADD COLUMN phone TEXT NOT NULL DEFAULT '';
