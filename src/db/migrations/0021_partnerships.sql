-- Key partners (issue 12, item 4; seed 003): for an organization and a period (from/to dates, as
-- the seed's own period, 1 April to 31 October, is neither a calendar nor a fiscal year), up to
-- three partners chosen by each practitioner and each manager, with the partner's category, the
-- three criteria, the success factors and obstacles (codes of reference lists), the solutions
-- tried and a flag for a particularly difficult collaboration. The partner is an organization of
-- Filet or a name typed in (exactly one of the two), as the journal's networking entries.
CREATE TABLE key_partners (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  chooser_id TEXT NOT NULL REFERENCES users (id),
  chooser_role TEXT NOT NULL,
  partner_organization_id TEXT REFERENCES organizations (id),
  partner_name TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL,
  links_families INTEGER NOT NULL DEFAULT 0,
  shares_dialogue INTEGER NOT NULL DEFAULT 0,
  adapts_practices INTEGER NOT NULL DEFAULT 0,
  solutions TEXT NOT NULL DEFAULT '',
  difficult INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX key_partners_organization ON key_partners (organization_id, period_from);
CREATE INDEX key_partners_chooser ON key_partners (chooser_id, organization_id, period_from);
CREATE INDEX key_partners_partner ON key_partners (partner_organization_id);

-- A choice's success factors (kind 'success', list partnership_success_factor) and obstacles
-- (kind 'obstacle', list partnership_obstacle).
CREATE TABLE key_partner_factors (
  key_partner_id TEXT NOT NULL REFERENCES key_partners (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (key_partner_id, kind, code)
);

-- Referral agreements (seed 004's negotiated referral mechanisms) between two organizations:
-- a professional contact on each side, what is shared, how referrals are made, the start and
-- review dates, the status (draft, active, ended). Both sides read it; either side's managers
-- change it.
CREATE TABLE referral_agreements (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  other_organization_id TEXT NOT NULL REFERENCES organizations (id),
  contact_name TEXT NOT NULL DEFAULT '',
  contact_role TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  other_contact_name TEXT NOT NULL DEFAULT '',
  other_contact_role TEXT NOT NULL DEFAULT '',
  other_contact_phone TEXT NOT NULL DEFAULT '',
  other_contact_email TEXT NOT NULL DEFAULT '',
  what_is_shared TEXT NOT NULL DEFAULT '',
  how_to_refer TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL,
  review_on TEXT,
  status TEXT NOT NULL DEFAULT 'draft',
  created_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referral_agreements_organization ON referral_agreements (organization_id, starts_on);
CREATE INDEX referral_agreements_other ON referral_agreements (other_organization_id, starts_on);
