-- Optimistic versions: every record a person edits carries a version that each change increments.
-- An update names the version it was made against, and changes nothing when another change came
-- first (409 version_conflict with the current record). Memberships are edited as part of their
-- account, so the account's version covers them.
ALTER TABLE territories ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organizations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE programs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE services ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
