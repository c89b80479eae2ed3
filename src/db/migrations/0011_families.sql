-- Families accompanied by an organization, their consents, contacts and outcome check-ins
-- (issue 9). A family is a pseudonymous code first; its identity (names, phone, address) lives
-- apart, sealed by the identity vault: the ciphertext in family_identities, its data key only
-- wrapped, in family_identity_keys, so that destroying the key destroys the identity; names are
-- found through the keyed blind index family_name_index, never a plaintext column.
CREATE TABLE families (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  code TEXT NOT NULL,
  adults INTEGER NOT NULL DEFAULT 1,
  single_parent INTEGER NOT NULL DEFAULT 0,
  father_involved INTEGER NOT NULL DEFAULT 0,
  territory_id TEXT REFERENCES territories (id),
  housing TEXT,
  arrival_year INTEGER,
  immigration_status TEXT,
  outreach_strategy TEXT,
  status TEXT NOT NULL,
  closing_reason TEXT,
  worker_id TEXT REFERENCES users (id),
  notes TEXT NOT NULL DEFAULT '',
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX families_code ON families (organization_id, code);
CREATE INDEX families_organization_status ON families (organization_id, status, updated_at);
CREATE INDEX families_worker ON families (worker_id);

CREATE TABLE family_children (
  family_id TEXT NOT NULL REFERENCES families (id),
  position INTEGER NOT NULL,
  birth_year INTEGER NOT NULL,
  birth_month INTEGER NOT NULL,
  PRIMARY KEY (family_id, position)
);

CREATE TABLE family_languages (
  family_id TEXT NOT NULL REFERENCES families (id),
  language TEXT NOT NULL,
  PRIMARY KEY (family_id, language)
);

CREATE TABLE family_vulnerabilities (
  family_id TEXT NOT NULL REFERENCES families (id),
  factor TEXT NOT NULL,
  PRIMARY KEY (family_id, factor)
);
CREATE INDEX family_vulnerabilities_factor ON family_vulnerabilities (factor, family_id);

CREATE TABLE family_identities (
  family_id TEXT PRIMARY KEY REFERENCES families (id),
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  ciphertext TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE family_identity_keys (
  family_id TEXT PRIMARY KEY REFERENCES families (id),
  wrapped_key TEXT NOT NULL
);

CREATE TABLE family_name_index (
  family_id TEXT NOT NULL REFERENCES families (id),
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  hash TEXT NOT NULL,
  PRIMARY KEY (family_id, hash)
);
CREATE INDEX family_name_index_hash ON family_name_index (organization_id, hash);

CREATE TABLE family_consents (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  family_id TEXT NOT NULL REFERENCES families (id),
  purpose TEXT NOT NULL,
  partner_organization_id TEXT REFERENCES organizations (id),
  given_on TEXT NOT NULL,
  given_how TEXT NOT NULL,
  withdrawn_on TEXT,
  recorded_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX family_consents_family ON family_consents (family_id, purpose);

CREATE TABLE family_contacts (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  family_id TEXT NOT NULL REFERENCES families (id),
  contact_date TEXT NOT NULL,
  mode TEXT NOT NULL,
  initiated_by TEXT NOT NULL,
  duration_minutes INTEGER,
  tried TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  recorded_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX family_contacts_family ON family_contacts (family_id, contact_date);
CREATE INDEX family_contacts_organization ON family_contacts (organization_id, contact_date);

CREATE TABLE family_contact_needs (
  contact_id TEXT NOT NULL REFERENCES family_contacts (id),
  need_id TEXT NOT NULL,
  PRIMARY KEY (contact_id, need_id)
);

CREATE TABLE family_contact_elements (
  contact_id TEXT NOT NULL REFERENCES family_contacts (id),
  element TEXT NOT NULL,
  PRIMARY KEY (contact_id, element)
);

CREATE TABLE family_contact_obstacles (
  contact_id TEXT NOT NULL REFERENCES family_contacts (id),
  obstacle TEXT NOT NULL,
  PRIMARY KEY (contact_id, obstacle)
);

CREATE TABLE family_check_ins (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  family_id TEXT NOT NULL REFERENCES families (id),
  check_date TEXT NOT NULL,
  trust_link INTEGER NOT NULL,
  confidence INTEGER NOT NULL,
  informed INTEGER NOT NULL,
  resource_use INTEGER NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  recorded_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX family_check_ins_family ON family_check_ins (family_id, check_date);

-- The previous version of every changed family record (family, identity-free), consent, contact
-- and check-in, as its JSON: who changed what is in the audit log, what it was is here.
CREATE TABLE family_history (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  family_id TEXT NOT NULL REFERENCES families (id),
  entity TEXT NOT NULL,
  record_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  previous TEXT NOT NULL,
  changed_by TEXT,
  changed_at TEXT NOT NULL
);
CREATE INDEX family_history_record ON family_history (record_id, version);
