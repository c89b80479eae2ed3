-- A finished response resent by the respondent's phone (its answer was lost on the way back) is
-- stored once: the phone names each submission with a random id, and this table only records
-- that the campaign received it. Nothing here names a response, a respondent or a moment.
CREATE TABLE survey_submissions (
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  submission_id TEXT NOT NULL,
  PRIMARY KEY (campaign_id, submission_id)
);
