-- Questionnaires (issue 10): an organization's questionnaires, their versions (one per respondent
-- group and change of meaning), sections (dimensions), items and their options; campaigns that
-- collect answers. Operational data: each questionnaire and campaign belongs to an organization
-- and is reached through the request's scope. The anonymous answers are last.
CREATE TABLE questionnaires (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  code TEXT NOT NULL,
  title_fr TEXT NOT NULL,
  title_en TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (organization_id, code)
);
CREATE TABLE questionnaire_versions (
  id TEXT PRIMARY KEY,
  questionnaire_id TEXT NOT NULL REFERENCES questionnaires (id),
  number INTEGER NOT NULL,
  respondent_group TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (questionnaire_id, number, respondent_group)
);
CREATE TABLE questionnaire_sections (
  version_id TEXT NOT NULL REFERENCES questionnaire_versions (id),
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  label_fr TEXT NOT NULL,
  label_en TEXT NOT NULL,
  PRIMARY KEY (version_id, code)
);
-- A condition is kept as the earlier item's code and the option codes that show this one,
-- separated by spaces (codes never hold one).
CREATE TABLE questionnaire_items (
  version_id TEXT NOT NULL REFERENCES questionnaire_versions (id),
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  section_code TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  label_fr TEXT NOT NULL,
  label_en TEXT NOT NULL,
  required INTEGER NOT NULL DEFAULT 0,
  other_specify INTEGER NOT NULL DEFAULT 0,
  relevant_item TEXT,
  relevant_values TEXT,
  grid_code TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (version_id, code)
);
CREATE TABLE questionnaire_options (
  version_id TEXT NOT NULL,
  item_code TEXT NOT NULL,
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  label_fr TEXT NOT NULL,
  label_en TEXT NOT NULL,
  score INTEGER,
  PRIMARY KEY (version_id, item_code, code),
  FOREIGN KEY (version_id, item_code) REFERENCES questionnaire_items (version_id, code)
);
-- A campaign: one version, its dates, who answers ('link': anyone with the link) and whether it
-- is anonymous. The link's token is what the public respondent page is opened with.
CREATE TABLE survey_campaigns (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  version_id TEXT NOT NULL REFERENCES questionnaire_versions (id),
  name TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  population TEXT NOT NULL DEFAULT 'link',
  anonymous INTEGER NOT NULL DEFAULT 1,
  link_token TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (organization_id, name)
);
CREATE INDEX survey_campaigns_version ON survey_campaigns (version_id);

-- Anonymous answers: no respondent, no time finer than the day, and not in arrival order. The
-- response's id is random (UUID v4). On SQLite both tables are WITHOUT ROWID, so their rows are
-- kept in the order of that random key: neither a rowid nor the file's layout tells which came
-- first. Known limit on PostgreSQL: its heap keeps new rows roughly where they were written, so a
-- scan without ORDER BY by someone with access to the database can still follow it until the
-- table is rewritten (CLUSTER survey_responses USING survey_responses_pkey); Filet reads them in
-- key order only.
CREATE TABLE survey_responses (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES survey_campaigns (id),
  received_on TEXT NOT NULL
) /*sqlite: WITHOUT ROWID*/;
CREATE INDEX survey_responses_campaign ON survey_responses (campaign_id);
-- One row per value: one for a Likert, single choice, number, date or text answer, one per option
-- of a multiple choice; the "other, specify" text is the row of item `<code>/other`.
CREATE TABLE survey_answers (
  response_id TEXT NOT NULL REFERENCES survey_responses (id),
  item_code TEXT NOT NULL,
  position INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (response_id, item_code, position)
) /*sqlite: WITHOUT ROWID*/;
CREATE INDEX survey_answers_item ON survey_answers (item_code, value);
