-- Results kept as answers arrive (issue 10's benchmark: 20,000 responses × 40 items in well under
-- 200 ms), written in the transaction that stores each response (campaign_repository's
-- record_response, through response_aggregates_repository) and filled here from the answers
-- already stored:
--   survey_value_counts: per campaign, the answers of each item with options by value, for
--     everyone (by_item '') and within each group of respondents answering a single-choice item
--     (by_item, by_value); `firsts` counts the rows at position 0 (one per response answering).
--   survey_response_dimensions: per response and dimension (a section with Likert items) the
--     response completed on the scale, its total score and its scores joined, "q1=3 q2=4".
-- Neither holds more than the answers do (no respondent, no time). SQLite keeps both WITHOUT
-- ROWID, so that no rowid tells the order of arrival (PostgreSQL: see 0016, the heap keeps
-- rows near where they were written).
CREATE TABLE survey_value_counts (
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  by_item TEXT NOT NULL,
  by_value TEXT NOT NULL,
  item_code TEXT NOT NULL,
  value TEXT NOT NULL,
  answers INTEGER NOT NULL,
  firsts INTEGER NOT NULL,
  PRIMARY KEY (campaign_id, by_item, by_value, item_code, value)
) /*sqlite: WITHOUT ROWID*/;
CREATE TABLE survey_response_dimensions (
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  response_id TEXT NOT NULL REFERENCES survey_responses (id),
  section_code TEXT NOT NULL,
  total INTEGER NOT NULL,
  scores TEXT NOT NULL,
  PRIMARY KEY (campaign_id, response_id, section_code)
) /*sqlite: WITHOUT ROWID*/;
-- Backfill (bench/questionnaires/generate.sh runs what follows this line on its generated answers).
INSERT INTO survey_value_counts (campaign_id, by_item, by_value, item_code, value, answers, firsts)
SELECT a.campaign_id, '', '', a.item_code, a.value, COUNT(*), SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END)
FROM survey_answers a
JOIN survey_campaigns k ON k.id = a.campaign_id
JOIN questionnaire_items i ON i.version_id = k.version_id AND i.code = a.item_code
  AND i.kind IN ('likert', 'single_choice', 'multiple_choice')
GROUP BY a.campaign_id, a.item_code, a.value;
INSERT INTO survey_value_counts (campaign_id, by_item, by_value, item_code, value, answers, firsts)
SELECT a.campaign_id, g.item_code, g.value, a.item_code, a.value, COUNT(*),
  SUM(CASE WHEN a.position = 0 THEN 1 ELSE 0 END)
FROM survey_answers g
JOIN survey_campaigns k ON k.id = g.campaign_id
JOIN questionnaire_items gi ON gi.version_id = k.version_id AND gi.code = g.item_code AND gi.kind = 'single_choice'
JOIN survey_answers a ON a.campaign_id = g.campaign_id AND a.response_id = g.response_id
JOIN questionnaire_items i ON i.version_id = k.version_id AND i.code = a.item_code
  AND i.kind IN ('likert', 'single_choice', 'multiple_choice')
WHERE g.position = 0
GROUP BY a.campaign_id, g.item_code, g.value, a.item_code, a.value;
INSERT INTO survey_response_dimensions (campaign_id, response_id, section_code, total, scores)
SELECT a.campaign_id, a.response_id, i.section_code, SUM(o.score), /*sqlite: group_concat(a.item_code || '=' || o.score, ' ')*/
  /*pg: string_agg(a.item_code || '=' || o.score, ' ' ORDER BY a.item_code)*/
FROM survey_answers a
JOIN survey_campaigns k ON k.id = a.campaign_id
JOIN questionnaire_items i ON i.version_id = k.version_id AND i.code = a.item_code AND i.kind = 'likert'
  AND i.section_code <> ''
JOIN questionnaire_options o ON o.version_id = k.version_id AND o.item_code = a.item_code AND o.code = a.value
  AND o.score IS NOT NULL
GROUP BY a.campaign_id, a.response_id, k.version_id, i.section_code
HAVING COUNT(*) = (SELECT COUNT(*) FROM questionnaire_items z WHERE z.version_id = k.version_id AND z.kind = 'likert'
  AND z.section_code = i.section_code);
