-- The register of confidentiality incidents (Quebec's Law 25, s. 3.5–3.8, and the Regulation
-- respecting confidentiality incidents, s. 2 and 3): every incident an organization learns of is
-- recorded, whether or not it presents a risk of serious injury. Operational data: each incident
-- belongs to an organization and is reached through the request's scope.
CREATE TABLE confidentiality_incidents (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  occurred_on TEXT NOT NULL,
  occurred_until TEXT,
  discovered_on TEXT NOT NULL,
  description TEXT NOT NULL,
  information_concerned TEXT NOT NULL,
  search_key TEXT NOT NULL,
  persons_concerned INTEGER NOT NULL,
  persons_estimated INTEGER NOT NULL DEFAULT 0,
  sensitivity TEXT NOT NULL,
  consequences TEXT NOT NULL,
  likelihood_of_misuse TEXT NOT NULL,
  serious_risk INTEGER NOT NULL,
  commission_notified_on TEXT,
  persons_notified_on TEXT,
  others_notified TEXT NOT NULL DEFAULT '',
  measures TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX confidentiality_incidents_organization ON confidentiality_incidents (organization_id, discovered_on);
