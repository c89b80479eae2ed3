-- Referrals (issue 12, first slice): a family, by the organization that accompanies it, to a
-- directory service (and so its organization) or to an organization; its needs (taxonomy terms);
-- every step of the loop, dated, with who took it. Operational data of two organizations: the
-- sender reaches it through its scope; the receiver only while the family's consent to share with
-- it holds (the repository's filter).
CREATE TABLE referrals (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  family_id TEXT NOT NULL REFERENCES families (id),
  to_organization_id TEXT NOT NULL REFERENCES organizations (id),
  service_id TEXT REFERENCES services (id),
  urgency TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  personalised INTEGER NOT NULL DEFAULT 0,
  contact_person TEXT NOT NULL DEFAULT '',
  accompanied INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  decline_reason TEXT,
  sent_at TEXT,
  acknowledged_at TEXT,
  first_contact_at TEXT,
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_sender ON referrals (organization_id, created_at);
CREATE INDEX referrals_receiver ON referrals (to_organization_id, sent_at);
CREATE INDEX referrals_family ON referrals (family_id);

CREATE TABLE referral_needs (
  referral_id TEXT NOT NULL REFERENCES referrals (id),
  need_id TEXT NOT NULL,
  PRIMARY KEY (referral_id, need_id)
);

CREATE TABLE referral_transitions (
  id TEXT PRIMARY KEY,
  referral_id TEXT NOT NULL REFERENCES referrals (id),
  step INTEGER NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT,
  note TEXT NOT NULL DEFAULT '',
  made_by TEXT,
  made_by_organization_id TEXT NOT NULL REFERENCES organizations (id),
  made_at TEXT NOT NULL
);
CREATE UNIQUE INDEX referral_transitions_step ON referral_transitions (referral_id, step);
