-- Anonymous answers: no respondent, no time finer than the day, and not in arrival order. The
-- response's id is random (UUID v4) and both tables are WITHOUT ROWID, so SQLite keeps their rows
-- in the order of that random key: neither a rowid nor the file's layout tells which came first.
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  received_on TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX survey_responses_campaign ON survey_responses (campaign_id);
-- One row per value: one for a Likert, single choice, number, date or text answer, one per option
-- of a multiple choice; the "other, specify" text is the row of item `<code>/other`.
CREATE TABLE survey_answers (
  response_id TEXT NOT NULL REFERENCES survey_responses (id),
  item_code TEXT NOT NULL,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (response_id, item_code, position)
) WITHOUT ROWID;
CREATE INDEX survey_answers_item ON survey_answers (item_code, value);
