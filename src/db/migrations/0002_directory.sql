-- The resource directory (HSDS 3.1): taxonomies and terms (the need taxonomy), services with
-- bilingual text, locations, and the derived tables that make search filters fast.
-- `document` columns keep the HSDS fields Filet does not model as columns (phones, contacts,
-- cost options, required documents, ...), so that an import exports again without loss.
CREATE TABLE taxonomies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  uri TEXT,
  version TEXT
);

CREATE TABLE taxonomy_terms (
  id TEXT PRIMARY KEY,
  taxonomy_id TEXT REFERENCES taxonomies (id),
  code TEXT,
  parent_id TEXT REFERENCES taxonomy_terms (id),
  name_fr TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  description_fr TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  open_eligibility TEXT,
  term_uri TEXT,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX taxonomy_terms_code ON taxonomy_terms (taxonomy_id, code);
CREATE INDEX taxonomy_terms_parent ON taxonomy_terms (parent_id);

CREATE TABLE services (
  id TEXT PRIMARY KEY,
  organization_id TEXT NOT NULL REFERENCES organizations (id),
  status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
  name_fr TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  description_fr TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  eligibility_fr TEXT NOT NULL DEFAULT '',
  eligibility_en TEXT NOT NULL DEFAULT '',
  application_fr TEXT NOT NULL DEFAULT '',
  application_en TEXT NOT NULL DEFAULT '',
  fees_fr TEXT NOT NULL DEFAULT '',
  fees_en TEXT NOT NULL DEFAULT '',
  is_free INTEGER NOT NULL DEFAULT 0,
  minimum_age INTEGER,
  maximum_age INTEGER,
  url TEXT,
  email TEXT,
  waiting_list_status TEXT NOT NULL DEFAULT 'open' CHECK (waiting_list_status IN ('open', 'waiting', 'closed')),
  waiting_list_delay_days INTEGER,
  waiting_list_as_of TEXT,
  verified_at TEXT,
  verified_by TEXT,
  document TEXT NOT NULL DEFAULT '{}',
  search_text TEXT NOT NULL DEFAULT '',
  name_key TEXT NOT NULL DEFAULT '',   -- folded names, for ranking
  needs_key TEXT NOT NULL DEFAULT '',  -- folded need labels, for ranking
  latitude DOUBLE PRECISION,                    -- of the first location, for distance
  longitude DOUBLE PRECISION,
  fts_rowid INTEGER NOT NULL UNIQUE,  -- the row of services_fts (SQLite) holding this service
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX services_organization ON services (organization_id);
CREATE INDEX services_updated ON services (updated_at);
CREATE INDEX services_verified ON services (verified_at);

CREATE TABLE service_needs (
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  term_id TEXT NOT NULL REFERENCES taxonomy_terms (id),
  PRIMARY KEY (service_id, term_id)
);
CREATE INDEX service_needs_term ON service_needs (term_id);

CREATE TABLE service_languages (
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  code TEXT NOT NULL,
  PRIMARY KEY (service_id, code)
);
CREATE INDEX service_languages_code ON service_languages (code);

-- Days of the week a service is open (1 = Monday), derived from its schedules.
CREATE TABLE service_days (
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  weekday INTEGER NOT NULL,
  PRIMARY KEY (service_id, weekday)
);
CREATE INDEX service_days_weekday ON service_days (weekday);

CREATE TABLE service_territories (
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  territory_id TEXT NOT NULL REFERENCES territories (id),
  PRIMARY KEY (service_id, territory_id)
);
CREATE INDEX service_territories_territory ON service_territories (territory_id);

CREATE TABLE locations (
  id TEXT PRIMARY KEY,
  organization_id TEXT REFERENCES organizations (id),
  name TEXT NOT NULL DEFAULT '',
  address_1 TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  document TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX locations_organization ON locations (organization_id);

CREATE TABLE service_at_locations (
  id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  location_id TEXT NOT NULL REFERENCES locations (id),
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_at_locations_service ON service_at_locations (service_id);
CREATE INDEX service_at_locations_location ON service_at_locations (location_id);

-- Approximate centroids of Canadian forward sortation areas (first 3 characters of a postal code).
CREATE TABLE postal_centroids (
  fsa TEXT PRIMARY KEY,
  latitude DOUBLE PRECISION NOT NULL,
  longitude DOUBLE PRECISION NOT NULL
);

-- The full-text index differs by engine: sqlite/0002_directory.sql (an FTS5 table) and
-- pg/0002_directory.sql (a GIN index).
