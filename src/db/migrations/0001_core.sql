-- Core model: territories, organizations, programs, users, memberships; sessions; audit log.
-- Timestamps are UTC ISO 8601 text; flags are 0/1; search_key holds the accent-folded name.
CREATE TABLE territories (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('region', 'territory', 'neighbourhood', 'housing_site')),
  setting TEXT NOT NULL CHECK (setting IN ('urban', 'rural', 'mixed')),
  parent_id TEXT REFERENCES territories (id),
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX territories_parent ON territories (parent_id);
CREATE INDEX territories_name ON territories (search_key);

CREATE TABLE organizations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  sector TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  website TEXT,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organizations_name ON organizations (search_key);

CREATE TABLE organization_territories (
  organization_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  territory_id TEXT NOT NULL REFERENCES territories (id),
  PRIMARY KEY (organization_id, territory_id)
);
CREATE INDEX organization_territories_territory ON organization_territories (territory_id);

CREATE TABLE programs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE program_organizations (
  program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  PRIMARY KEY (program_id, organization_id)
);
CREATE INDEX program_organizations_organization ON program_organizations (organization_id);

CREATE TABLE program_funders (
  program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (program_id, position)
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  locale TEXT NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
  is_admin INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE memberships (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  role TEXT NOT NULL CHECK (role IN ('manager', 'practitioner', 'coordinator', 'evaluator', 'facilitator')),
  PRIMARY KEY (user_id, organization_id, role)
);
CREATE INDEX memberships_organization ON memberships (organization_id);

-- Only a hash of the session token is stored, so a leaked database does not leak sessions.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_epoch BIGINT NOT NULL,
  last_seen_epoch BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins, by account and by address, for throttling (shared by all servers).
CREATE TABLE login_failures (
  subject TEXT NOT NULL,
  at_epoch BIGINT NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures (subject, at_epoch);

-- The audit log. Append-only: who did what to which record, never field values. Its id is
-- SQLite's rowid (64-bit) or a PostgreSQL BIGSERIAL; the triggers that refuse any UPDATE or
-- DELETE are in sqlite/0001_core.sql and pg/0001_core.sql.
CREATE TABLE audit_log (
  id /*sqlite: INTEGER PRIMARY KEY AUTOINCREMENT*//*pg: BIGSERIAL PRIMARY KEY*/,
  at TEXT NOT NULL,
  user_id TEXT,
  user_email TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  organization_id TEXT,
  request_id TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
