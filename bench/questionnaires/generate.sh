#!/usr/bin/env bash
# The questionnaire benchmark's data, as SQL for the sqlite3 shell: one questionnaire of 40 items
# (4 dimensions of 9 Likert items on a 1–4 scale with "ne sais pas", a single choice of 3
# respondent groups, a single choice of 4 settings, 2 texts), a campaign, RESPONSES responses
# answering every item, and the results' aggregates the server keeps as responses come in.
# Answers follow fixed rules (no random()), so every run has the same rows.
# Usage: generate.sh ORGANIZATION_ID > data.sql
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
org=$1
responses=${RESPONSES:-20000}
v=bbbbbbbb-0000-4000-8000-000000000001
cat <<SQL
BEGIN;
INSERT INTO questionnaires (id, organization_id, code, title_fr, title_en, created_at, updated_at, version)
  VALUES ('bbbbbbbb-0000-4000-8000-000000000000', '$org', 'bench_40', 'Banc d''essai', 'Benchmark', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1);
INSERT INTO questionnaire_versions (id, questionnaire_id, number, respondent_group, created_at)
  VALUES ('$v', 'bbbbbbbb-0000-4000-8000-000000000000', 1, '', '2026-01-01T00:00:00Z');
WITH RECURSIVE d(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM d WHERE n < 4)
INSERT INTO questionnaire_sections (version_id, code, position, label_fr, label_en)
  SELECT '$v', 'dim' || n, n, 'Dimension ' || n, 'Dimension ' || n FROM d;
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < 35)
INSERT INTO questionnaire_items (version_id, code, position, section_code, kind, label_fr, label_en, required, other_specify, grid_code)
  SELECT '$v', 'q' || n, n, 'dim' || (n / 9 + 1), 'likert', 'Énoncé ' || n, 'Item ' || n, 0, 0, '' FROM i;
INSERT INTO questionnaire_items (version_id, code, position, section_code, kind, label_fr, label_en, required, other_specify, grid_code) VALUES
  ('$v', 'groupe', 36, '', 'single_choice', 'Groupe', 'Group', 1, 0, ''),
  ('$v', 'milieu', 37, '', 'single_choice', 'Milieu', 'Setting', 0, 0, ''),
  ('$v', 'commentaire', 38, '', 'long_text', 'Commentaire', 'Comment', 0, 0, ''),
  ('$v', 'suggestion', 39, '', 'short_text', 'Suggestion', 'Suggestion', 0, 0, '');
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < 35),
  s(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < 4)
INSERT INTO questionnaire_options (version_id, item_code, code, position, label_fr, label_en, score)
  SELECT '$v', 'q' || n, CAST(k AS TEXT), k, 'Niveau ' || k, 'Level ' || k, k FROM i, s
  UNION ALL SELECT '$v', 'q' || n, 'nsp', 5, 'Ne sais pas', 'Don''t know', NULL FROM i;
INSERT INTO questionnaire_options (version_id, item_code, code, position, label_fr, label_en, score) VALUES
  ('$v', 'groupe', 'ptp', 1, 'PTP', 'PTP', NULL), ('$v', 'groupe', 'pg', 2, 'PG', 'PG', NULL), ('$v', 'groupe', 'autre', 3, 'Autre', 'Other', NULL),
  ('$v', 'milieu', 'urbain', 1, 'Urbain', 'Urban', NULL), ('$v', 'milieu', 'rural', 2, 'Rural', 'Rural', NULL),
  ('$v', 'milieu', 'mixte', 3, 'Mixte', 'Mixed', NULL), ('$v', 'milieu', 'nd', 4, 'Non précisé', 'Not said', NULL);
INSERT INTO survey_campaigns (id, organization_id, version_id, name, opens_on, closes_on, population, anonymous, link_token, created_at, updated_at, version)
  VALUES ('bbbbbbbb-0000-4000-8000-0000000000c0', '$org', '$v', 'Banc d''essai', '2026-01-01', '2026-12-31', 'link', 1, 'banc-d-essai-questionnaire-000000', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1);
-- Response ids are UUID-shaped text from a fixed hash of the response's number: stored in the
-- order of their key, as real random ids are.
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < $responses)
INSERT INTO survey_responses (id, campaign_id, received_on)
  SELECT printf('%08x-%04x-4%03x-8%03x-%012x', (n * 2654435761) % 4294967296, n % 65536, n % 4096, (n * 7) % 4096, n),
         'bbbbbbbb-0000-4000-8000-0000000000c0', date('2026-03-01', '+' || (n % 60) || ' days')
  FROM r;
-- A Likert answer: 1 to 4 about evenly, one in 25 "ne sais pas", correlated within a
-- dimension (the response's level shifts its items together, so alpha is not zero).
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < 35),
  resp AS (SELECT id, (unicode(substr(id, 1, 1)) + unicode(substr(id, 2, 1)) * 7 + unicode(substr(id, 10, 1)) * 13) AS h FROM survey_responses)
INSERT INTO survey_answers (response_id, campaign_id, item_code, position, value)
  SELECT resp.id, 'bbbbbbbb-0000-4000-8000-0000000000c0', 'q' || i.n, 0,
         CASE WHEN (resp.h * 31 + i.n * 17) % 25 = 0 THEN 'nsp'
              ELSE CAST(MIN(4, MAX(1, (resp.h % 4) + ((resp.h / 4 + i.n * 7) % 3) - 0)) AS TEXT) END
  FROM resp, i;
INSERT INTO survey_answers (response_id, campaign_id, item_code, position, value)
  SELECT id, campaign_id, 'groupe', 0, CASE (unicode(substr(id, 3, 1)) + unicode(substr(id, 4, 1))) % 5 WHEN 0 THEN 'autre' WHEN 1 THEN 'pg' WHEN 2 THEN 'pg' ELSE 'ptp' END FROM survey_responses;
INSERT INTO survey_answers (response_id, campaign_id, item_code, position, value)
  SELECT id, campaign_id, 'milieu', 0, CASE unicode(substr(id, 5, 1)) % 4 WHEN 0 THEN 'urbain' WHEN 1 THEN 'rural' WHEN 2 THEN 'mixte' ELSE 'nd' END FROM survey_responses;
INSERT INTO survey_answers (response_id, campaign_id, item_code, position, value)
  SELECT id, campaign_id, 'commentaire', 0, 'Un commentaire assez long pour ressembler à une vraie réponse ouverte, numéro ' || substr(id, 1, 8) FROM survey_responses;
INSERT INTO survey_answers (response_id, campaign_id, item_code, position, value)
  SELECT id, campaign_id, 'suggestion', 0, 'Suggestion ' || substr(id, 1, 4) FROM survey_responses;
SQL
# The results' aggregates (migration 0030), recomputed from every stored answer as the migration
# fills them: the generated answers came in without record_response.
cat <<SQL
DELETE FROM survey_value_counts;
DELETE FROM survey_response_dimensions;
SQL
# (SQLite's fragments, /*sqlite: …*/, uncommented as the migration runner does.)
sed -n '/^-- Backfill/,$p' "$root"/src/db/migrations/*_survey_result_aggregates.sql | sed -E 's#/\*sqlite: (.*)\*/#\1#'
cat <<SQL
COMMIT;
ANALYZE;
SQL
