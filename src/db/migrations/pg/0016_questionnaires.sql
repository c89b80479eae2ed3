-- Anonymous answers (see sqlite/0016_questionnaires.sql): no respondent, no time finer than the
-- day, a random key (UUID v4), so no column tells the order of arrival. Known limit: PostgreSQL's
-- heap keeps new rows roughly where they were written, so a scan without ORDER BY by someone
-- with access to the database can still follow it until the table is rewritten
-- (CLUSTER survey_responses USING survey_responses_pkey); Filet reads them in key order only.
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  received_on TEXT NOT NULL
);
CREATE INDEX survey_responses_campaign ON survey_responses (campaign_id);
CREATE TABLE survey_answers (
  response_id TEXT NOT NULL REFERENCES survey_responses (id),
  item_code TEXT NOT NULL,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (response_id, item_code, position)
);
CREATE INDEX survey_answers_item ON survey_answers (item_code, value);
