-- Service gaps (issue 12, item 3): a need a worker of an organization could not get met — the
-- need (a taxonomy term), the territory, why (no such service, waiting list, not eligible…),
-- optionally the family (of that organization) and the referral it came from. Operational data
-- of the recording organization; the register reads them as aggregates only.
CREATE TABLE service_gaps (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  need_id TEXT NOT NULL,
  territory_id TEXT NOT NULL REFERENCES territories (id),
  reason TEXT NOT NULL,
  reason_other TEXT NOT NULL DEFAULT '',
  family_id TEXT REFERENCES families (id),
  referral_id TEXT REFERENCES referrals (id),
  note TEXT NOT NULL DEFAULT '',
  gap_date TEXT NOT NULL,
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_gaps_organization ON service_gaps (organization_id, gap_date);
CREATE INDEX service_gaps_date ON service_gaps (gap_date);
CREATE INDEX service_gaps_family ON service_gaps (family_id);
CREATE INDEX service_gaps_referral ON service_gaps (referral_id);
