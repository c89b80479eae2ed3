-- Results read a campaign's answers by item and value. With the campaign on each answer row, one
-- ordered pass over this index counts them (no seek per response); the campaign names no
-- respondent and no moment, so anonymity is unchanged.
ALTER TABLE survey_answers ADD COLUMN campaign_id TEXT NOT NULL DEFAULT '';
UPDATE survey_answers SET campaign_id = (SELECT r.campaign_id FROM survey_responses r WHERE r.id = survey_answers.response_id);
CREATE INDEX survey_answers_campaign ON survey_answers (campaign_id, item_code, value, position);
-- A campaign's answers response by response (grouping by one item's answer, dimension totals).
CREATE INDEX survey_answers_response ON survey_answers (campaign_id, response_id, item_code, value);
