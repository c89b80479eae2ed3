-- Law 25 for families (issue 9, item 7): the day a family was closed (retention counts from it),
-- each organization's retention setting, and the tombstones a destruction leaves: only
-- aggregate-safe fields (organization, territory, years, counts), so reports keep their totals.
ALTER TABLE families ADD COLUMN closed_on TEXT;
UPDATE families SET closed_on = substr(updated_at, 1, 10) WHERE status = 'closed';
CREATE INDEX families_closed_on ON families (status, closed_on);

CREATE TABLE family_retention (
  organization_id TEXT PRIMARY KEY REFERENCES organizations (id),
  years_after_closing INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE family_tombstones (
  family_id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  territory_id TEXT REFERENCES territories (id),
  opened_year INTEGER NOT NULL,
  closed_year INTEGER,
  children INTEGER NOT NULL,
  contacts INTEGER NOT NULL,
  check_ins INTEGER NOT NULL,
  reason TEXT NOT NULL,
  destroyed_on TEXT NOT NULL
);
CREATE INDEX family_tombstones_organization ON family_tombstones (organization_id, destroyed_on);
