#!/usr/bin/env bash
# Prints the SQL (SQLite) that adds the groups benchmark's data to a demo database:
#   generate.sh HOME_ORGANIZATION FACILITATOR_USER
# with GROUP_COUNT (5,000), SESSIONS_PER_GROUP (10) and PARTICIPANTS_PER_GROUP (10) from the
# environment: GROUP_COUNT groups planned by HOME_ORGANIZATION in PROGRAMS (10) programs of sessions,
# each with its participants (every other one a parent), its sessions held a week apart over the
# last two years, attendance for every participant at every session (present three times in four,
# else excused or absent) — GROUP_COUNT × SESSIONS × PARTICIPANTS rows — and a length for every other
# session. Group 0 is facilitated by FACILITATOR_USER. Fixed rules, no randomness.
set -euo pipefail
home=$1
facilitator=$2
GROUP_COUNT=${GROUP_COUNT:-5000}
PROGRAMS=${PROGRAMS:-10}
SESSIONS_PER_GROUP=${SESSIONS_PER_GROUP:-10}
PARTICIPANTS_PER_GROUP=${PARTICIPANTS_PER_GROUP:-10}
pad() { echo "printf('%012d', $1)"; }
numbers() { echo "WITH RECURSIVE $1(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM $1 WHERE i < $2 - 1)"; }
now="'2026-01-01T00:00:00Z'"

cat <<SQL
BEGIN;
$(numbers p "$PROGRAMS")
INSERT INTO group_programs (id, organization_id, name, description, checklist, created_at, updated_at)
  SELECT 'ba000000-0000-4000-8000-' || $(pad i), '$home', 'Programme du banc ' || i, '',
         '["Accueil","Synthèse"]', $now, $now FROM p;
$(numbers ps "$PROGRAMS")
INSERT INTO group_program_sessions (program_id, number, theme)
  SELECT 'ba000000-0000-4000-8000-' || $(pad i), 1, 'Rencontre' FROM ps;
$(numbers g "$GROUP_COUNT")
INSERT INTO work_groups (id, organization_id, program_id, name, kind, cohort, starts_on, created_at, updated_at)
  SELECT 'bb000000-0000-4000-8000-' || $(pad i), '$home', 'ba000000-0000-4000-8000-' || $(pad "i % $PROGRAMS"),
         'Groupe du banc ' || i, CASE i % 4 WHEN 0 THEN 'workshop_series' WHEN 1 THEN 'co_development'
           WHEN 2 THEN 'committee' ELSE 'training' END, 'Cohorte ' || (i % 3), date('now', '-730 days'), $now, $now
  FROM g;
INSERT INTO group_facilitators (group_id, user_id) VALUES ('bb000000-0000-4000-8000-000000000000', '$facilitator');
$(numbers k "$((GROUP_COUNT * PARTICIPANTS_PER_GROUP))")
INSERT INTO group_participants (id, group_id, kind, label, organization_id, status, created_at, updated_at)
  SELECT 'bc000000-0000-4000-8000-' || $(pad i), 'bb000000-0000-4000-8000-' || $(pad "i / $PARTICIPANTS_PER_GROUP"),
         CASE WHEN i % 2 = 0 THEN 'parent' ELSE 'practitioner' END,
         CASE WHEN i % 2 = 0 THEN 'PARENT-' || i ELSE 'Personne ' || i END,
         CASE WHEN i % 2 = 0 THEN NULL ELSE '$home' END, 'registered', $now, $now
  FROM k;
$(numbers s "$((GROUP_COUNT * SESSIONS_PER_GROUP))")
INSERT INTO group_sessions (id, group_id, number, held_on, place, theme, children_in_care, interpreters,
    delivered_items, attendance_taken, created_at, updated_at)
  SELECT 'bd000000-0000-4000-8000-' || $(pad i), 'bb000000-0000-4000-8000-' || $(pad "i / $SESSIONS_PER_GROUP"),
         i % $SESSIONS_PER_GROUP + 1, date('now', '-' || (700 - (i % $SESSIONS_PER_GROUP) * 7 - (i / $SESSIONS_PER_GROUP) % 300) || ' days'),
         'Salle', 'Rencontre', i % 3, i % 2, '["Accueil"]', 1, $now, $now
  FROM s;
INSERT INTO group_session_minutes (session_id, duration_minutes, minutes, created_at, updated_at)
  SELECT id, 120, '', $now, $now FROM group_sessions WHERE id LIKE 'bd000000-%' AND number % 2 = 0;
INSERT INTO group_attendance (session_id, participant_id, status)
  SELECT s.id, p.id, CASE (s.number + CAST(substr(p.id, 25) AS INTEGER)) % 8 WHEN 0 THEN 'excused' WHEN 1 THEN 'absent'
         ELSE 'present' END
  FROM group_sessions s JOIN group_participants p ON p.group_id = s.group_id WHERE s.id LIKE 'bd000000-%';
COMMIT;
ANALYZE;
SQL
