#!/usr/bin/env bash
# Prints the SQL (SQLite) that adds the referrals benchmark's network to a demo database already
# holding bench/journal/generate.sh's organizations and families, in the same sqlite3 session
# (it reads that script's temporary tables bench_teams and bench_families):
#   generate.sh   with ORGANIZATIONS, FAMILIES, REFERRALS, GAPS, CONTACTS_BETWEEN from the environment.
# Fixed rules, no randomness. Every bench organization joins the regional table's programs (so
# its coordinator reads them in aggregate) and the first 300 serve one new territory. Family j
# consents to share with one partner organization — Maison de la famille de Montréal-Nord (bench
# organization 0) for one family in 40 — and all its referrals go there: REFERRALS / FAMILIES each.
set -euo pipefail
ORGANIZATIONS=${ORGANIZATIONS:-2000}
FAMILIES=${FAMILIES:-50000}
REFERRALS=${REFERRALS:-200000}
GAPS=${GAPS:-50000}
CONTACTS_BETWEEN=${CONTACTS_BETWEEN:-20000}
pad() { echo "printf('%012d', $1)"; }
ago() { echo "date('now', '-' || ($1) || ' days')"; }
numbers() { echo "WITH RECURSIVE $1(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM $1 WHERE i < $2 - 1)"; }

cat <<SQL
BEGIN;
INSERT INTO territories (id, name, search_key, kind, setting, parent_id, active, created_at, updated_at)
  SELECT 'b7000000-0000-4000-8000-000000000001', 'Territoire du banc', 'territoire du banc', 'territory', 'urban', id, 1,
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM territories WHERE name = 'Montréal';
INSERT INTO organization_territories (organization_id, territory_id)
  SELECT organization_id, 'b7000000-0000-4000-8000-000000000001' FROM bench_teams WHERE n BETWEEN 1 AND 300;
INSERT INTO program_organizations (program_id, organization_id)
  SELECT p.id, t.organization_id FROM bench_teams t, programs p WHERE t.n > 0;

CREATE TEMP TABLE bench_partners AS
  SELECT b.j, b.id AS family_id, b.organization_id, b.worker_id, b.created_on, p.organization_id AS partner_id
  FROM bench_families b JOIN bench_teams p
    ON p.n = CASE WHEN b.j % 40 = 0 THEN 0 ELSE (b.j % $ORGANIZATIONS + 1 + b.j % 37) % $ORGANIZATIONS END
  WHERE p.organization_id <> b.organization_id;
CREATE INDEX bench_partners_j ON bench_partners (j);
INSERT INTO family_consents (id, organization_id, family_id, purpose, partner_organization_id, given_on, given_how,
    recorded_by, created_at, updated_at)
  SELECT 'bc100000-0000-4000-c000-' || $(pad j), organization_id, family_id, 'referral_sharing', partner_id, created_on,
         'verbal', worker_id, created_on || 'T10:00:00Z', created_on || 'T10:00:00Z'
  FROM bench_partners;

-- Referral i: the family i % FAMILIES, to its partner; half completed, one in ten declined for a
-- waiting list, the rest on the way; sent (i * 7) % 365 days ago.
$(numbers r "$REFERRALS")
INSERT INTO referrals (id, organization_id, family_id, to_organization_id, urgency, message, personalised,
    contact_person, accompanied, status, decline_reason, sent_at, acknowledged_at, first_contact_at, created_by,
    created_at, updated_at)
  SELECT 'b8000000-0000-4000-a000-' || $(pad i), p.organization_id, p.family_id, p.partner_id, 'routine', '', 0, '', 0,
         CASE i % 10 WHEN 5 THEN 'declined' WHEN 6 THEN 'sent' WHEN 7 THEN 'accepted' WHEN 8 THEN 'first_contact'
           WHEN 9 THEN 'service_started' ELSE 'completed' END,
         CASE WHEN i % 10 = 5 THEN 'full_waiting_list' END,
         $(ago "(i * 7) % 365") || 'T10:00:00Z',
         CASE WHEN i % 10 <> 6 THEN $(ago "(i * 7) % 365") || 'T15:00:00Z' END,
         CASE WHEN i % 10 NOT IN (5, 6, 7) THEN $(ago "(i * 7) % 365") || 'T16:00:00Z' END,
         p.worker_id, $(ago "(i * 7) % 365") || 'T09:00:00Z', $(ago "(i * 7) % 365") || 'T16:00:00Z'
  FROM r JOIN bench_partners p ON p.j = r.i % $FAMILIES;
-- Each referral's copy of its family's consents with the receiver (migration 0028), as the
-- application writes it with the referral (families::entry_repository::refresh_referral_sharing).
UPDATE referrals SET
  shared_from = (SELECT MIN(k.given_on) FROM family_consents k WHERE k.family_id = referrals.family_id
    AND k.purpose = 'referral_sharing' AND k.partner_organization_id = referrals.to_organization_id),
  shared_until = (SELECT MAX(COALESCE(NULLIF(k.withdrawn_on, ''), '9999-12-31')) FROM family_consents k
    WHERE k.family_id = referrals.family_id AND k.purpose = 'referral_sharing'
    AND k.partner_organization_id = referrals.to_organization_id),
  sharing_consents = (SELECT COUNT(*) FROM family_consents k WHERE k.family_id = referrals.family_id
    AND k.purpose = 'referral_sharing' AND k.partner_organization_id = referrals.to_organization_id)
  WHERE id LIKE 'b8000000-%';
INSERT INTO referral_needs (referral_id, need_id)
  SELECT r.id, n.id FROM referrals r JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM taxonomy_terms) n
    ON n.k = (CAST(substr(r.id, 25) AS INTEGER) % 20) WHERE r.id LIKE 'b8000000-%';

-- Gap g: organization g % N, one of the territories and of twenty needs, one of five reasons.
CREATE TEMP TABLE bench_needs AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k FROM taxonomy_terms;
$(numbers g "$GAPS")
INSERT INTO service_gaps (id, organization_id, need_id, territory_id, reason, gap_date, created_at, updated_at)
  SELECT 'b9000000-0000-4000-a000-' || $(pad i), t.organization_id, n.id,
         (SELECT id FROM bench_territories WHERE n = i % (SELECT COUNT(*) FROM bench_territories)),
         CASE i % 5 WHEN 0 THEN 'waiting_list' WHEN 1 THEN 'transport' WHEN 2 THEN 'cost' WHEN 3 THEN 'no_service'
           ELSE 'not_eligible' END,
         $(ago "(i * 11) % 365"), '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM g JOIN bench_teams t ON t.n = g.i % $ORGANIZATIONS JOIN bench_needs n ON n.k = (g.i / 7) % 20;

-- Networking entry e: organization e % N met organization (e % N + 1 + e % 11) % N.
$(numbers e "$CONTACTS_BETWEEN")
INSERT INTO networking_entries (id, organization_id, worker_id, entry_date, partner_organization_id, search_key,
    category, activity, participants, efficacy, created_at, updated_at)
  SELECT 'ba000000-0000-4000-a000-' || $(pad i), t.organization_id, t.worker_id, $(ago "(i * 5) % 365"),
         p.organization_id, '', 'community_organizations', 'meeting', 'outreach_worker', 1 + i % 4,
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM e JOIN bench_teams t ON t.n = e.i % $ORGANIZATIONS
    JOIN bench_teams p ON p.n = (e.i % $ORGANIZATIONS + 1 + e.i % 11) % $ORGANIZATIONS;
COMMIT;
ANALYZE;
SQL
