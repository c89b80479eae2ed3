-- The record of a meeting (issue 11, item 6): how long a session lasted (a training's hours),
-- its minutes and the decisions taken (a committee's), each with who carries it and by when.
-- Operational data of the group's planning organization, reached through the group.
CREATE TABLE group_session_minutes (
  session_id TEXT PRIMARY KEY REFERENCES group_sessions (id),
  duration_minutes INTEGER,
  minutes TEXT NOT NULL DEFAULT '',
  written_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE group_decisions (
  session_id TEXT NOT NULL REFERENCES group_sessions (id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  responsible TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  PRIMARY KEY (session_id, position)
);

-- The yearly activity report counts sessions held by date.
CREATE INDEX group_sessions_held ON group_sessions (held_on);
