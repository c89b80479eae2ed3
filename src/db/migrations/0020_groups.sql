-- Groups (issue 11, first slice): programs of sessions (templates), groups run from them
-- (workshop series, co-development cohorts, committees, trainings), their participants, sessions,
-- attendance, the fidelity checklist items delivered and the facilitators' logbook. Operational
-- data of the organization that plans the group; its facilitators reach it by name.
CREATE TABLE group_programs (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  themes TEXT NOT NULL DEFAULT '[]',
  checklist TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX group_programs_organization ON group_programs (organization_id, name);

CREATE TABLE work_groups (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  program_id TEXT REFERENCES group_programs (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  cohort TEXT NOT NULL DEFAULT '',
  territory_id TEXT REFERENCES territories (id),
  starts_on TEXT,
  ends_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX groups_organization ON work_groups (organization_id, name);
CREATE INDEX groups_program ON work_groups (program_id);

CREATE TABLE group_facilitators (
  group_id TEXT NOT NULL REFERENCES work_groups (id),
  user_id TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_facilitators_user ON group_facilitators (user_id);

CREATE TABLE group_hosts (
  group_id TEXT NOT NULL REFERENCES work_groups (id),
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  PRIMARY KEY (group_id, organization_id)
);

CREATE TABLE group_participants (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES work_groups (id),
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  organization_id TEXT REFERENCES organizations (id),
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX group_participants_group ON group_participants (group_id, label);
CREATE INDEX group_participants_organization ON group_participants (organization_id);

CREATE TABLE group_sessions (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES work_groups (id),
  number INTEGER NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  theme TEXT NOT NULL DEFAULT '',
  host_organization_id TEXT REFERENCES organizations (id),
  children_in_care INTEGER NOT NULL DEFAULT 0,
  interpreters INTEGER NOT NULL DEFAULT 0,
  delivered_items TEXT NOT NULL DEFAULT '[]',
  attendance_taken INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX group_sessions_number ON group_sessions (group_id, number);

CREATE TABLE group_attendance (
  session_id TEXT NOT NULL REFERENCES group_sessions (id),
  participant_id TEXT NOT NULL REFERENCES group_participants (id),
  status TEXT NOT NULL,
  PRIMARY KEY (session_id, participant_id)
);
CREATE INDEX group_attendance_participant ON group_attendance (participant_id);

-- The facilitators' logbook of a session: the observation grid (ratings 1-4 and comments per
-- dimension, a JSON object keyed by dimension) and free notes, kept as text for later coding.
CREATE TABLE group_logbooks (
  session_id TEXT PRIMARY KEY REFERENCES group_sessions (id),
  grid TEXT NOT NULL DEFAULT '{}',
  notes TEXT NOT NULL DEFAULT '',
  written_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
