-- Campaign populations (issue 10, item 3): beside "anyone with the link", the members of a
-- program's organizations (optionally one role) and the participants of a group. Each invited
-- respondent gets a personal token; the invitation records only whether it has been used
-- (`answered`, a flag: not even the day, which the response's day could be matched with). For an
-- anonymous campaign no column anywhere links an invitation to a response. An identified campaign
-- (internal use) links its responses to their invitations in survey_respondents, apart from the
-- answer tables (which keep no identifier whatever the campaign).
ALTER TABLE survey_campaigns ADD COLUMN program_id TEXT REFERENCES programs (id);
ALTER TABLE survey_campaigns ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_campaigns ADD COLUMN group_id TEXT REFERENCES work_groups (id);
CREATE TABLE survey_invitations (
  token TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  user_id TEXT REFERENCES users (id),
  participant_id TEXT REFERENCES group_participants (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  sector TEXT NOT NULL DEFAULT '',
  setting TEXT NOT NULL DEFAULT '',
  cohort TEXT NOT NULL DEFAULT '',
  answered INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX survey_invitations_campaign ON survey_invitations (campaign_id, answered, name);
-- The respondent's coarse attributes captured at submit time (never an identifier; "" when not
-- known, as for answers through a link): results compare by them (`by=attr:sector`).
ALTER TABLE survey_responses ADD COLUMN sector TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_responses ADD COLUMN setting TEXT NOT NULL DEFAULT '';
ALTER TABLE survey_responses ADD COLUMN cohort TEXT NOT NULL DEFAULT '';
-- Identified campaigns only: which invitation sent each response. Never written for an
-- anonymous campaign (tests/api and campaign_repository_test check it stays empty).
CREATE TABLE survey_respondents (
  response_id TEXT PRIMARY KEY REFERENCES survey_responses (id),
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  invitation_token TEXT NOT NULL UNIQUE REFERENCES survey_invitations (token)
);
CREATE INDEX survey_respondents_campaign ON survey_respondents (campaign_id);
