#!/usr/bin/env bash
# Prints the SQL that fills a demo database with the benchmark's data, for one engine:
#   generate.sh sqlite|postgres HOME_ORGANIZATION_ID WORKER_ID
# with ENTRIES, ORGANIZATIONS, FAMILIES and CONTACTS (per family) from the environment.
# One statement text for both engines; only three pieces differ (zero padding, a date N days ago,
# a sequence of numbers), so SQLite and PostgreSQL get the same rows from the same fixed rules:
# no randomness, entry i and family j are functions of i and j only.
# Only the pseudonymous part of families is made (no identity: the identity vault's encryption
# is per family and written by the server, not by SQL).
set -euo pipefail
engine=$1 home=$2 worker=$3
ENTRIES=${ENTRIES:-1000000}
ORGANIZATIONS=${ORGANIZATIONS:-500}
FAMILIES=${FAMILIES:-100000}
CONTACTS=${CONTACTS:-3}

if [ "$engine" = sqlite ]; then
  pad() { echo "printf('%012d', $1)"; }
  ago() { echo "date('now', '-' || ($1) || ' days')"; }
  numbers() { echo "WITH RECURSIVE $1(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM $1 WHERE i < $2 - 1)"; }
  echo "PRAGMA journal_mode = WAL;"
else
  pad() { echo "lpad(($1)::text, 12, '0')"; }
  ago() { echo "to_char(current_date - ($1), 'YYYY-MM-DD')"; }
  numbers() { echo "WITH $1(i) AS (SELECT generate_series(0, $2 - 1))"; }
  echo "SET TimeZone = 'UTC'; SET client_min_messages = warning;"
fi

cat <<SQL
BEGIN;
DELETE FROM outreach_entries;
-- Organization 0 is the demo practitioner's (Maison de la famille de Montréal-Nord); the others
-- and their outreach workers are made here.
CREATE TEMP TABLE bench_teams (n INTEGER PRIMARY KEY, organization_id TEXT, worker_id TEXT);
INSERT INTO bench_teams VALUES (0, '$home', '$worker');
$(numbers k "$ORGANIZATIONS")
INSERT INTO bench_teams SELECT i, '00000000-0000-4000-8000-' || $(pad i), '00000000-0000-4000-9000-' || $(pad i) FROM k WHERE i > 0;
INSERT INTO organizations (id, name, search_key, sector, active, created_at, updated_at)
  SELECT organization_id, 'Organisme banc ' || n, 'organisme banc ' || n, 'community_family', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM bench_teams WHERE n > 0;
INSERT INTO users (id, email, name, search_key, password_hash, created_at, updated_at)
  SELECT t.worker_id, 'ptp.banc' || t.n || '@bench.filet', 'PTP ' || t.n, 'ptp ' || t.n, u.password_hash, u.created_at, u.updated_at
  FROM bench_teams t, users u WHERE t.n > 0 AND u.id = '$worker';
INSERT INTO memberships (user_id, organization_id, role) SELECT worker_id, organization_id, 'practitioner' FROM bench_teams WHERE n > 0;
CREATE TEMP TABLE bench_strategies (n INTEGER PRIMARY KEY, code TEXT);
INSERT INTO bench_strategies VALUES (0, 'parks'), (1, 'streets'), (2, 'community_organizations'), (3, 'collective_activities'),
  (4, 'known_families'), (5, 'schools'), (6, 'health_social_services_staff'), (7, 'municipalities'), (8, 'shops'),
  (9, 'social_media'), (10, 'other_outreach_work');
CREATE TEMP TABLE bench_factors (n INTEGER PRIMARY KEY, code TEXT);
INSERT INTO bench_factors VALUES (0, 'economic_deprivation'), (1, 'weak_support_network'), (2, 'immigration_context'),
  (3, 'domestic_violence'), (4, 'mental_health'), (5, 'isolation_from_services'), (6, 'housing'), (7, 'food_insecurity');
CREATE TEMP TABLE bench_territories (n INTEGER PRIMARY KEY, id TEXT);
INSERT INTO bench_territories SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM territories;

-- Entry i: organization i % N, dated (i * 7) % 365 days ago, one of the eleven strategies.
$(numbers e "$ENTRIES")
INSERT INTO outreach_entries (id, organization_id, worker_id, entry_date, duration_minutes, place, search_key, place_type,
    strategy, parents_reached, fathers_reached, children_seen, new_families, efficacy, note, created_at, updated_at)
  SELECT 'be000000-0000-4000-a000-' || $(pad i), t.organization_id, t.worker_id,
         $(ago "(i * 7) % 365"), 60, 'Parc ' || (i % 97), 'parc ' || (i % 97), 'park',
         s.code, i % 7, (i % 7) / 3, i % 5, i % 2, 1 + i % 4, NULL, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM e JOIN bench_teams t ON t.n = e.i % $ORGANIZATIONS JOIN bench_strategies s ON s.n = (e.i / $ORGANIZATIONS) % 11;

-- Family j: organization j % N, its k = j / N-th there; the code's first three letters come from
-- k (distinct within the organization), the rest from j. Each organization's families live in 4
-- of the territories; half accompanied, 3 in 10 in contact, 2 in 10 closed.
CREATE TEMP TABLE bench_families AS
$(numbers f "$FAMILIES")
  SELECT i AS j, i / $ORGANIZATIONS AS k, t.organization_id, t.worker_id,
         (SELECT id FROM bench_territories WHERE n = (t.n * 4 + (i / $ORGANIZATIONS) % 4) % (SELECT COUNT(*) FROM bench_territories)) AS territory_id,
         'bf000000-0000-4000-b000-' || $(pad i) AS id,
         substr('BDFGKMNPRSTVZ', 1 + (i / $ORGANIZATIONS) % 13, 1) || substr('AEIOU', 1 + (i / $ORGANIZATIONS / 13) % 5, 1) ||
           substr('BDFGKMNPRSTVZ', 1 + (i / $ORGANIZATIONS / 65) % 13, 1) || substr('AEIOU', 1 + i % 5, 1) || '-' ||
           substr('23456789', 1 + i % 8, 1) || substr('23456789', 1 + (i / 8) % 8, 1) AS code,
         CASE WHEN i % 10 < 5 THEN 'accompanied' WHEN i % 10 < 8 THEN 'in_contact' ELSE 'closed' END AS status,
         $(ago "100 + (i * 13) % 600") AS created_on, $(ago "(i * 7) % 100") AS updated_on
  FROM f JOIN bench_teams t ON t.n = f.i % $ORGANIZATIONS;
INSERT INTO families (id, organization_id, code, adults, single_parent, father_involved, territory_id, housing,
    outreach_strategy, status, closing_reason, closed_on, worker_id, notes, created_by, created_at, updated_at)
  SELECT b.id, b.organization_id, b.code, 1 + (b.j % 3 + 1) / 3, CASE WHEN b.j % 4 = 0 THEN 1 ELSE 0 END,
         CASE WHEN b.j % 3 = 0 THEN 0 ELSE 1 END, b.territory_id,
         CASE b.j % 4 WHEN 0 THEN 'hlm' WHEN 1 THEN 'private_rental' WHEN 2 THEN 'with_family' ELSE 'cooperative' END,
         s.code, b.status, CASE WHEN b.status = 'closed' THEN 'needs_met' END,
         CASE WHEN b.status = 'closed' THEN b.updated_on END, b.worker_id, '', b.worker_id,
         b.created_on || 'T10:00:00Z', b.updated_on || 'T10:00:00Z'
  FROM bench_families b JOIN bench_strategies s ON s.n = b.j % 11
  -- the demo's own families keep their codes: a bench family whose code one of them has is left out
  WHERE NOT EXISTS (SELECT 1 FROM families x WHERE x.organization_id = b.organization_id AND x.code = b.code);
DELETE FROM bench_families WHERE id NOT IN (SELECT id FROM families);
INSERT INTO family_children (family_id, position, birth_year, birth_month)
  SELECT id, 0, 2019 + j % 7, 1 + j % 12 FROM bench_families;
INSERT INTO family_children (family_id, position, birth_year, birth_month)
  SELECT id, 1, 2015 + j % 9, 1 + (j / 12) % 12 FROM bench_families WHERE j % 2 = 0;
INSERT INTO family_languages (family_id, language)
  SELECT id, CASE WHEN j % 5 = 0 THEN 'ar' WHEN j % 7 = 0 THEN 'es' ELSE 'fr' END FROM bench_families;
-- One vulnerability factor each, a second for one family in three (a different one).
INSERT INTO family_vulnerabilities (family_id, factor) SELECT b.id, v.code FROM bench_families b JOIN bench_factors v ON v.n = b.j % 8;
INSERT INTO family_vulnerabilities (family_id, factor)
  SELECT b.id, v.code FROM bench_families b JOIN bench_factors v ON v.n = (b.j % 8 + 1 + (b.j / 8) % 7) % 8 WHERE b.j % 3 = 0;
-- Half the families consent to evaluation data (what coordinators and evaluators may read).
INSERT INTO family_consents (id, organization_id, family_id, purpose, given_on, given_how, recorded_by, created_at, updated_at)
  SELECT 'bc000000-0000-4000-c000-' || $(pad j), organization_id, id, 'evaluation_data', created_on, 'verbal', worker_id,
         created_on || 'T10:00:00Z', created_on || 'T10:00:00Z'
  FROM bench_families WHERE j % 2 = 0;
-- $CONTACTS contacts a family, spread over the last year.
$(numbers c "$CONTACTS")
INSERT INTO family_contacts (id, organization_id, family_id, contact_date, mode, initiated_by, duration_minutes, recorded_by,
    created_at, updated_at)
  SELECT 'bd00000' || c.i || '-0000-4000-d000-' || $(pad b.j), b.organization_id, b.id, $(ago "(b.j * 7 + c.i * 29) % 365"),
         CASE (b.j + c.i) % 6 WHEN 0 THEN 'home_visit' WHEN 1 THEN 'phone' WHEN 2 THEN 'text_message' WHEN 3 THEN 'in_community'
           WHEN 4 THEN 'at_organization' ELSE 'accompanied_to_service' END,
         CASE (b.j + c.i) % 3 WHEN 0 THEN 'worker' WHEN 1 THEN 'parent' ELSE 'both' END, 30 + 15 * ((b.j + c.i) % 4), b.worker_id,
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM bench_families b, c;
-- Accompanied families: a first and a latest outcome check-in.
INSERT INTO family_check_ins (id, organization_id, family_id, check_date, trust_link, confidence, informed, resource_use,
    recorded_by, created_at, updated_at)
  SELECT 'bb000000-0000-4000-e000-' || $(pad j), organization_id, id, created_on, 1 + j % 3, 1 + j % 2, 1 + j % 3, 1, worker_id,
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM bench_families WHERE status = 'accompanied';
INSERT INTO family_check_ins (id, organization_id, family_id, check_date, trust_link, confidence, informed, resource_use,
    recorded_by, created_at, updated_at)
  SELECT 'bb000001-0000-4000-e000-' || $(pad j), organization_id, id, updated_on, 2 + j % 3, 2 + j % 3, 2 + j % 2, 1 + j % 4, worker_id,
         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
  FROM bench_families WHERE status = 'accompanied';
COMMIT;
ANALYZE;
SQL
