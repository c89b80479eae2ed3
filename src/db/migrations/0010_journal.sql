-- The outreach and networking journal (démarchage, réseautage): what outreach workers record
-- day to day, owned by their organization and by the worker who recorded it. Codes of reference
-- lists (strategy, place type, category, activity) are stored, never labels. Ids may be made by
-- the phone that recorded the entry (a resent create finds the first row).
CREATE TABLE outreach_entries (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  worker_id TEXT NOT NULL REFERENCES users (id),
  entry_date TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
  territory_id TEXT REFERENCES territories (id),
  place TEXT,
  search_key TEXT NOT NULL DEFAULT '',
  place_type TEXT NOT NULL,
  strategy TEXT NOT NULL,
  parents_reached INTEGER NOT NULL DEFAULT 0 CHECK (parents_reached >= 0),
  fathers_reached INTEGER NOT NULL DEFAULT 0 CHECK (fathers_reached >= 0 AND fathers_reached <= parents_reached),
  children_seen INTEGER NOT NULL DEFAULT 0 CHECK (children_seen >= 0),
  new_families INTEGER NOT NULL DEFAULT 0 CHECK (new_families >= 0),
  efficacy INTEGER NOT NULL CHECK (efficacy BETWEEN 1 AND 4),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
-- The lists read an organization's period, a worker's week (My day), newest first.
CREATE INDEX outreach_entries_organization_date ON outreach_entries (organization_id, entry_date);
CREATE INDEX outreach_entries_worker_date ON outreach_entries (worker_id, entry_date);

CREATE TABLE networking_entries (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  worker_id TEXT NOT NULL REFERENCES users (id),
  entry_date TEXT NOT NULL,
  -- The organization reached: one of Filet's, or a name typed when it is not in Filet.
  partner_organization_id TEXT REFERENCES organizations (id),
  partner_name TEXT,
  search_key TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL,
  activity TEXT NOT NULL,
  participants TEXT NOT NULL CHECK (participants IN ('outreach_worker', 'manager', 'both')),
  efficacy INTEGER NOT NULL CHECK (efficacy BETWEEN 1 AND 4),
  note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((partner_organization_id IS NULL) <> (partner_name IS NULL))
);
CREATE INDEX networking_entries_organization_date ON networking_entries (organization_id, entry_date);
CREATE INDEX networking_entries_worker_date ON networking_entries (worker_id, entry_date);

-- Every version an entry had before a change (the audit log says who changed what when, never
-- values): the entry's JSON as it was, kept with the organization that owns it.
CREATE TABLE journal_entry_versions (
  entry_kind TEXT NOT NULL CHECK (entry_kind IN ('outreach', 'networking')),
  entry_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  document TEXT NOT NULL,
  replaced_at TEXT NOT NULL,
  replaced_by TEXT,
  PRIMARY KEY (entry_kind, entry_id, version)
);
