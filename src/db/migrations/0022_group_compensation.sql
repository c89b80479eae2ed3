-- Compensation of a group (issue 11, item 3): what it pays an organization (its practitioners'
-- time, hosting a session) or a participant (a guest parent partner), in cents, with its kind and
-- the day it was paid (NULL: still to pay). Operational data of the group's planning
-- organization, read through the group.
CREATE TABLE group_compensations (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL REFERENCES work_groups (id),
  session_id TEXT REFERENCES group_sessions (id),
  participant_id TEXT REFERENCES group_participants (id),
  payee_organization_id TEXT REFERENCES organizations (id),
  kind TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  paid_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX group_compensations_group ON group_compensations (group_id, created_at);
